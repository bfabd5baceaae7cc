package difftest;

import java.util.*;

/**
 * JEP 358 helpful NullPointerException messages, which the compiler works out from the bytecode: invoke,
 * field read and write, array load, store and length, throw, synchronized, unboxing, with locals, parameters,
 * fields, statics, return values, array elements and casts as the null value's source.
 */
public class p193_HelpfulNpe {
    String name; p193_HelpfulNpe next; int[] arr; Object[] objs; static p193_HelpfulNpe sfield; static String sstr; Integer boxed; long[][] grid;
    static p193_HelpfulNpe make() { return null; }
    p193_HelpfulNpe self() { return null; }
    static void t(Runnable r) { try { r.run(); System.out.println("no exception"); } catch (RuntimeException e) { System.out.println(e instanceof NullPointerException ? e.getMessage() : e.toString()); } }
    static void p(String s, int i, p193_HelpfulNpe n, Object o, Integer b, List<String> l, Map<String, Integer> m, int[] ia, String[] sa, char[] ca, double[] da) {
        t(() -> s.length());
        t(() -> n.name.length());
        t(() -> n.next.next.name.length());
        t(() -> System.out.println(n.next.name));
        t(() -> { n.name = "x"; });
        t(() -> { int x = ia[0]; });
        t(() -> { ia[1] = 3; });
        t(() -> { int x = ia.length; });
        t(() -> { Object x = sa[i]; });
        t(() -> { sa[0] = "a"; });
        t(() -> { char c = ca[2]; });
        t(() -> { ca[0] = 'x'; });
        t(() -> { double d = da[0]; });
        t(() -> { int x = b; });
        t(() -> { int x = b + 1; });
        t(() -> l.size());
        t(() -> l.add("x"));
        t(() -> m.get("k"));
        t(() -> { int x = m.get("k"); });
        t(() -> o.toString());
        t(() -> o.hashCode());
        t(() -> o.equals(s));
        t(() -> { synchronized (o) { } });
        t(() -> { throw (RuntimeException) o; });
        t(() -> make().name.length());
        t(() -> new p193_HelpfulNpe().self().name.length());
        t(() -> sfield.name.length());
        t(() -> sstr.length());
        t(() -> { for (String x : l) { } });
        t(() -> { switch (s) { case "a": break; default: } });
        t(() -> { String x = null; x.length(); });
        t(() -> ((String) o).length());
        t(() -> ((p193_HelpfulNpe) o).next.name.length());
        t(() -> n.arr[0]++);
        t(() -> { int x = n.grid[1][2] > 0 ? 1 : 0; });
        t(() -> { int[] a = null; a[0] = 1; });
        t(() -> { Object[] a = new Object[1]; ((String) a[0]).length(); });
        t(() -> { String[] a = new String[2]; a[i + 1].length(); });
        t(() -> (i > 0 ? s : n.name).length());
        t(() -> String.valueOf((char[]) null));
        t(() -> s.compareTo(null));
        t(() -> "abc".compareTo(s));
        t(() -> new StringBuilder().append(ca));
        t(() -> { long x = n.boxed; });
        t(() -> n.objs[i].toString());
        t(() -> s.split(",")[0].length());
        t(() -> Objects.requireNonNull(o));
        t(() -> new ArrayList<String>(null));
        t(() -> List.of((Object) null));
        t(() -> { var it = l.iterator(); });
        t(() -> { Object[] x = null; int y = x.length; });
        t(() -> { p193_HelpfulNpe[] x = new p193_HelpfulNpe[3]; x[1].name = "a"; });
        t(() -> { int k = i; p193_HelpfulNpe[] x = new p193_HelpfulNpe[3]; x[k].next.name = "a"; });
    }
    public static void main(String[] a) {
        p(null, 0, null, null, null, null, null, null, null, null, null);
        p193_HelpfulNpe x = new p193_HelpfulNpe();
        p(null, 1, x, null, null, null, null, null, null, null, null);
    }
}

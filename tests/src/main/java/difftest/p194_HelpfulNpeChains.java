package difftest;
import java.util.*;
/**
 * Helpful NullPointerException messages (JEP 358) for chains: fields of fields up to HotSpot's five levels,
 * array elements, return values, statics of a class in a package, instance methods with "this".
 */
public class p194_HelpfulNpeChains {
    String name; p194_HelpfulNpeChains next; p194_HelpfulNpeChains[] kids; static p194_HelpfulNpeChains root; static String[] names;
    static p194_HelpfulNpeChains make(int a, String[] b, long c, double[][] d, List<String> e) { return null; }
    p194_HelpfulNpeChains self() { return null; }
    static void t(Runnable r) { try { r.run(); System.out.println("no exception"); } catch (RuntimeException e) { System.out.println(e instanceof NullPointerException ? e.getMessage() : e.toString()); } }
    void inst(long w, p194_HelpfulNpeChains m, int k) {
        t(() -> name.length());
        t(() -> this.next.name.length());
        t(() -> m.next.name.length());
        t(() -> kids[k].name.length());
        t(() -> self().next.name.length());
        t(() -> { p194_HelpfulNpeChains z = m; z.next.next.next.next.next.next.name.length(); });
        t(() -> next.next.next.next.next.name.length());
    }
    public static void main(String[] a) {
        t(() -> root.name.length());
        t(() -> names[0].length());
        t(() -> make(1, null, 2L, null, null).name.length());
        t(() -> make(1, null, 2L, null, null).next.name.length());
        t(() -> ((String) null).length());
        t(() -> { String s = null; s.length(); });
        t(() -> root.kids[0].name.length());
        t(() -> Objects.toString(null).length());
        t(() -> { p194_HelpfulNpeChains[][] mm = new p194_HelpfulNpeChains[2][]; mm[1][0] = null; });
        t(() -> { long[] la = null; la[0] = 1; });
        t(() -> { boolean[] ba = null; ba[0] = true; });
        t(() -> { byte[] ba = null; byte x = ba[0]; });
        t(() -> { short[] ba = null; short x = ba[0]; });
        t(() -> { float[] ba = null; float x = ba[0]; });
        t(() -> { int[][] g = new int[2][]; g[1][0] = 5; });
        t(() -> { int[][] g = new int[2][]; int x = g[1].length; });
        t(() -> { String s = a.length > 5 ? "x" : null; s.length(); });
        t(() -> new p194_HelpfulNpeChains().self().self());
        t(() -> { p194_HelpfulNpeChains m = new p194_HelpfulNpeChains(); m.next.self(); });
        t(() -> { p194_HelpfulNpeChains m = new p194_HelpfulNpeChains(); m.kids[m.name.length()].self(); });
        t(() -> { Integer I = null; int x = I.intValue(); });
        t(() -> { Object o = null; o.getClass(); });
        t(() -> { Map<String, List<String>> mp = new HashMap<>(); mp.get("k").add("v"); });
        new p194_HelpfulNpeChains().inst(1L, null, 0);
        p194_HelpfulNpeChains m = new p194_HelpfulNpeChains(); m.next = new p194_HelpfulNpeChains(); m.next.next = new p194_HelpfulNpeChains(); m.next.next.next = new p194_HelpfulNpeChains(); m.next.next.next.next = new p194_HelpfulNpeChains();
        m.inst(1L, m, 0);
    }
}

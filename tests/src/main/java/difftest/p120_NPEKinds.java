package difftest;

public class p120_NPEKinds {
    static class Node { int val; Node next; String name; int get() { return val; } static int sget() { return 5; } }
    interface Op { int run(); }

    static void check(String what, Op op) {
        try { System.out.println(what + " -> " + op.run()); }
        catch (NullPointerException e) { System.out.println(what + " -> " + e.getClass().getName()); }
    }

    public static void main(String[] args) {
        Node n = null;
        int[] arr = null;
        Object[] objs = null;
        String s = null;
        Integer boxed = null;
        check("field read", () -> n.val);
        check("field write", () -> { n.val = 1; return 0; });
        check("method call", () -> n.get());
        check("static via null ref", () -> { Node m = null; return m.sget(); });
        check("array load", () -> arr[0]);
        check("array store", () -> { arr[0] = 1; return 0; });
        check("array length", () -> arr.length);
        check("obj array load", () -> objs[0] == null ? 1 : 0);
        check("string method", () -> s.length());
        check("unboxing", () -> boxed);
        check("unboxing arith", () -> boxed + 1);
        check("throw null", () -> { RuntimeException e = null; throw e; });
        check("synchronized null", () -> { synchronized (s) { return 1; } });
        check("chain", () -> new Node().next.val);
        check("for-each null array", () -> { int t = 0; for (int v : arr) t += v; return t; });
        check("for-each null list", () -> { java.util.List<Integer> l = null; int t = 0; for (int v : l) t += v; return t; });
        check("explicit NPE", () -> { throw new NullPointerException("custom message"); });
        check("requireNonNull", () -> java.util.Objects.requireNonNull(s, "s must not be null").length());
        try { java.util.Objects.requireNonNull(null, "msg here"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Node ok = new Node();
        ok.val = 3;
        check("not null", () -> ok.get());
    }
}

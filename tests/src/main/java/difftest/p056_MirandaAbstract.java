package difftest;

public class p056_MirandaAbstract {
    interface Op { int apply(int x); String name(); }
    static abstract class Half implements Op {
        public String name() { return "half:" + apply(10); }
        int twice(int x) { return apply(apply(x)); }
    }
    static class Inc extends Half { public int apply(int x) { return x + 1; } }
    static class Dbl extends Half {
        public int apply(int x) { return x * 2; }
        public String name() { return "dbl/" + super.name(); }
    }
    interface Sized { int size(); default boolean isEmpty() { return size() == 0; } }
    static abstract class AbstractSized implements Sized { }
    static class Three extends AbstractSized { public int size() { return 3; } }
    static class Zero extends AbstractSized { public int size() { return 0; } }

    public static void main(String[] args) {
        Half[] hs = {new Inc(), new Dbl()};
        for (Half h : hs) System.out.println(h.name() + " " + h.twice(5));
        Op op = hs[1];
        System.out.println(op.apply(21) + " " + op.name());
        AbstractSized[] ss = {new Three(), new Zero()};
        for (AbstractSized s : ss) System.out.println(s.size() + " " + s.isEmpty());
    }
}

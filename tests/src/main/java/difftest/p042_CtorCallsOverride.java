package difftest;

public class p042_CtorCallsOverride {
    static class Base {
        Base() {
            System.out.println("Base ctor sees: " + describe());
            init();
        }
        String describe() { return "base"; }
        void init() { System.out.println("Base.init"); }
    }
    static class Derived extends Base {
        int x = 42;
        String s = "set";
        final int k;
        long l = 7L;
        Object o = new Object();
        double d = 1.5;
        boolean flag = true;
        Derived() {
            super();
            k = 9;
            System.out.println("Derived ctor sees: " + describe());
        }
        String describe() { return "x=" + x + " s=" + s + " k=" + k + " l=" + l + " o=" + (o == null ? "null" : "obj") + " d=" + d + " flag=" + flag; }
        void init() { x = 100; System.out.println("Derived.init x=" + x); }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        System.out.println("after: " + d.describe());
    }
}

package difftest;

public class p035_DiamondDefault {
    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B"; } }
    interface C extends A { }
    static class D implements B, C { }
    interface E { default String who() { return "E"; } }
    static class F implements A, E {
        public String who() { return "F(" + A.super.who() + "," + E.super.who() + ")"; }
    }
    static class G { public String who() { return "G"; } }
    static class H extends G implements B { }
    interface K extends B, C { }
    static class L implements K { }
    interface M { String who(); }
    static class N extends G implements M { }

    public static void main(String[] args) {
        System.out.println(new D().who());
        System.out.println(new F().who());
        System.out.println(new H().who());
        System.out.println(new L().who());
        A a = new H();
        System.out.println(a.who());
        M m = new N();
        System.out.println(m.who());
        C c = new D();
        System.out.println(c.who());
    }
}

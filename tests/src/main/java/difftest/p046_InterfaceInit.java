package difftest;

public class p046_InterfaceInit {
    static int trace(String s) { System.out.println("init " + s); return 1; }

    interface Plain { int P = trace("Plain"); void m(); }
    interface WithDefault { int W = trace("WithDefault"); default void d() { } }
    interface SubOfDefault extends WithDefault { int S = trace("SubOfDefault"); }
    interface StaticOnly { int Q = trace("StaticOnly"); static void sm() { System.out.println("StaticOnly.sm"); } }
    interface Consts { int K = 5; String KS = "ks"; }

    static class Impl implements Plain, SubOfDefault {
        static { System.out.println("init Impl"); }
        public void m() { }
    }
    static class Impl2 implements Consts {
        static { System.out.println("init Impl2"); }
    }

    public static void main(String[] args) {
        System.out.println("start");
        new Impl();
        System.out.println("-");
        System.out.println(Plain.P);
        System.out.println("-");
        StaticOnly.sm();
        System.out.println("-");
        System.out.println(Consts.K + Consts.KS);
        new Impl2();
        System.out.println(Impl2.K);
        System.out.println(SubOfDefault.S);
        System.out.println("end");
    }
}

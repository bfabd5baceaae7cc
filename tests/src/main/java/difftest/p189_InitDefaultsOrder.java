package difftest;

/**
 * JVMS 5.5: initialising a class first initialises the superinterfaces that declare a non-abstract instance method
 * (default or private), each after its own superinterfaces, in the order of the interfaces arrays; others are not
 * initialised. A class whose initialiser failed gives NoClassDefFoundError with the ExceptionInInitializerError
 * (naming the original exception) as its cause.
 */
public class p189_InitDefaultsOrder {
    static Object log(String s) {
        System.out.println("init " + s);
        return s;
    }

    interface A { Object A = log("A"); default void a() { } }
    interface B extends A { Object B = log("B"); default void b() { } }
    interface C { Object C = log("C"); }
    interface D extends C { Object D = log("D"); private void p() { } }
    interface E { Object E = log("E"); void e(); }
    interface F extends E, A { Object F = log("F"); default void f() { } }
    static class K implements B, D, F {
        static { log("K"); }
        public void e() { }
    }
    static class L extends K implements C { static { log("L"); } }

    static class Bad {
        static int x = 1 / Integer.parseInt("0");
        static void f() { }
    }
    static class BadMsgless {
        static { if (Integer.parseInt("1") == 1) throw new IllegalStateException(); }
        static void f() { }
    }
    static class BadError {
        static { if (Integer.parseInt("1") == 1) throw new AssertionError("assert"); }
        static void f() { }
    }
    static class SubOfBad extends Bad { static void g() { } }

    static void describe(Throwable t) {
        System.out.println(t);
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            System.out.println("  caused by " + c);
        }
    }

    public static void main(String[] args) {
        new L();
        new K();
        try { Bad.f(); } catch (Throwable t) { describe(t); }
        try { Bad.f(); } catch (Throwable t) { describe(t); }
        try { System.out.println(Bad.x); } catch (Throwable t) { describe(t); }
        try { SubOfBad.g(); } catch (Throwable t) { describe(t); }
        try { SubOfBad.g(); } catch (Throwable t) { describe(t); }
        try { BadMsgless.f(); } catch (Throwable t) { describe(t); }
        try { BadMsgless.f(); } catch (Throwable t) { describe(t); }
        try { BadError.f(); } catch (Throwable t) { describe(t); }
        try { BadError.f(); } catch (Throwable t) {
            describe(t);
            StackTraceElement[] st = t.getCause().getStackTrace();
            System.out.println(st.length > 0 ? st[0].getMethodName() : "no frames");
        }
    }
}

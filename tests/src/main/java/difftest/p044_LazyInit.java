package difftest;

public class p044_LazyInit {
    static class A {
        static { System.out.println("init A"); }
        static int x = 5;
        static void hello() { System.out.println("A.hello"); }
    }
    static class B {
        static { System.out.println("init B"); }
        static int y;
    }
    static class C {
        static { System.out.println("init C"); }
        C() { System.out.println("new C"); }
    }
    static class D {
        static { System.out.println("init D"); }
        static final int CONST = 77;
        static final String SCONST = "const";
        static final Integer BOXED = 5;
    }
    static class E { static { System.out.println("init E"); } }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(D.CONST + " " + D.SCONST);
        System.out.println("after constants");
        E[] es = new E[3];
        E[][] ess = new E[2][2];
        System.out.println("arrays " + es.length + " " + ess.length);
        A.hello();
        A.hello();
        System.out.println(A.x);
        B.y = 3;
        System.out.println("B.y set");
        System.out.println(B.y);
        Object o = null;
        System.out.println(o instanceof C);
        new C();
        new C();
        System.out.println(D.BOXED);
        Class<?> k = E.class;
        System.out.println("class literal " + k.getSimpleName());
    }
}

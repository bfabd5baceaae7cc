package difftest;

public class p049_CircularInit {
    static class A {
        static int a1 = 1;
        static int fromB = B.b1;
        static int a2 = 2;
        static { System.out.println("A done: a1=" + a1 + " fromB=" + fromB + " a2=" + a2); }
    }
    static class B {
        static int b1 = 10;
        static int fromA = A.a2;
        static int fromA1 = A.a1;
        static { System.out.println("B done: b1=" + b1 + " fromA=" + fromA + " fromA1=" + fromA1); }
    }
    static class Self {
        static final Self INSTANCE = new Self();
        static int counter = 5;
        final int seen;
        Self() { seen = counter; counter++; }
    }

    public static void main(String[] args) {
        System.out.println(A.fromB + " " + B.fromA + " " + B.fromA1);
        System.out.println(Self.INSTANCE.seen + " " + Self.counter);
    }
}

package difftest;

public class p051_PrivateNotVirtual {
    static class A {
        private String secret() { return "A.secret"; }
        String reveal() { return secret(); }
        private static String st() { return "A.st"; }
        String callSt() { return st(); }
    }
    static class B extends A {
        @SuppressWarnings("unused")
        private String secret() { return "B.secret"; }
        String mine() { return secret(); }
        static String st() { return "B.st"; }
    }
    static class Outer {
        private int hidden = 5;
        private int bump() { return ++hidden; }
        class Inner { int peek() { return bump() + hidden; } }
    }

    public static void main(String[] args) {
        B b = new B();
        System.out.println(b.reveal() + " " + b.mine() + " " + b.callSt() + " " + B.st());
        Outer o = new Outer();
        Outer.Inner i = o.new Inner();
        System.out.println(i.peek() + " " + i.peek() + " " + o.hidden);
    }
}

package difftest;

public class p041_SuperCalls {
    static class A {
        String name = "A";
        String m() { return "A.m"; }
        String chain() { return "A"; }
        A() { System.out.println("A()"); }
        A(String s) { System.out.println("A(" + s + ")"); }
    }
    static class B extends A {
        String name = "B";
        B() { super("fromB"); System.out.println("B()"); }
        String m() { return "B.m>" + super.m(); }
        String chain() { return super.chain() + "B"; }
        String names() { return name + super.name + ((A) this).name; }
    }
    static class C extends B {
        C() { System.out.println("C()"); }
        String m() { return "C.m>" + super.m(); }
        String chain() { return super.chain() + "C"; }
        String toStringSuper() { return super.toString().startsWith("difftest.") ? "objToString" : "?"; }
    }

    public static void main(String[] args) {
        C c = new C();
        System.out.println(c.m());
        System.out.println(c.chain());
        System.out.println(c.names());
        A a = c;
        System.out.println(a.name + " " + ((B) a).name + " " + a.m());
        System.out.println(c.toStringSuper());
    }
}

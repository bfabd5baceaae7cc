package difftest;

public class p052_FieldHiding {
    static class A { int v = 1; static String s = "A.s"; int get() { return v; } }
    static class B extends A { int v = 2; static String s = "B.s"; int get() { return v; } int sup() { return super.v; } }
    static class C extends B { long v = 3L; }

    public static void main(String[] args) {
        B b = new B();
        A a = b;
        System.out.println(a.v + " " + b.v + " " + a.get() + " " + b.get() + " " + b.sup());
        C c = new C();
        System.out.println(c.v + " " + ((B) c).v + " " + ((A) c).v + " " + c.get());
        System.out.println(A.s + " " + B.s + " " + C.s);
        b.v = 20; a.v = 10;
        System.out.println(a.v + " " + b.v + " " + b.sup());
    }
}

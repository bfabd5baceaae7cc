package difftest;

public class p048_ArrayNoInit {
    static class Elem {
        static { System.out.println("init Elem"); }
        int v;
        Elem(int v) { this.v = v; }
    }
    static class Sub extends Elem {
        static { System.out.println("init Sub"); }
        Sub() { super(9); }
    }

    public static void main(String[] args) {
        Elem[] a = new Elem[10];
        Elem[][] b = new Elem[3][4];
        Sub[] c = new Sub[1];
        Object o = a;
        System.out.println(a.length + " " + b[2].length + " " + (o instanceof Elem[]) + " " + (o instanceof Sub[]) + " " + a[0]);
        System.out.println(a.getClass() == Elem[].class);
        System.out.println("no init yet");
        a[0] = new Elem(1);
        System.out.println(a[0].v);
        c[0] = new Sub();
        a[1] = c[0];
        System.out.println(a[1].v);
    }
}

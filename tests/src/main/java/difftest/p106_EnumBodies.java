package difftest;

public class p106_EnumBodies {
    enum Shape {
        CIRCLE { double area(double x) { return 3.0 * x * x; } },
        SQUARE { double area(double x) { return x * x; } String label() { return "sq!"; } },
        TRIANGLE(0.5) { double area(double x) { return factor * x * x; } };

        final double factor;
        Shape() { this(1.0); }
        Shape(double f) { factor = f; }
        abstract double area(double x);
        String label() { return name().toLowerCase(); }
    }
    interface Op { int apply(int a, int b); }
    enum Basic implements Op {
        PLUS("+") { public int apply(int a, int b) { return a + b; } },
        TIMES("*") { public int apply(int a, int b) { return a * b; } };
        final String sym;
        Basic(String s) { sym = s; }
    }
    enum Singleton {
        INSTANCE;
        int count;
        int next() { return ++count; }
    }

    public static void main(String[] args) {
        for (Shape s : Shape.values()) {
            System.out.println(s + " " + s.area(2) + " " + s.label() + " " + s.factor + " " + (s.getClass() == Shape.class) + " " + s.getDeclaringClass().getSimpleName());
        }
        for (Basic b : Basic.values()) System.out.println("3 " + b.sym + " 4 = " + b.apply(3, 4));
        Op op = Basic.TIMES;
        System.out.println(op.apply(6, 7));
        Singleton.INSTANCE.next();
        System.out.println(Singleton.INSTANCE.next() + " " + Singleton.valueOf("INSTANCE").count);
    }
}

package difftest;

public class p032_Abstract {
    static abstract class Shape {
        final String name;
        Shape(String name) { this.name = name; }
        abstract double area();
        double scaled(double k) { return area() * k; }
        public String toString() { return name + " area=" + area(); }
    }

    static class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { super("rect"); this.w = w; this.h = h; }
        double area() { return w * h; }
    }

    static class Square extends Rect {
        Square(double s) { super(s, s); }
        public String toString() { return "square:" + super.toString(); }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { super("circle"); this.r = r; }
        double area() { return 3 * r * r; }
    }

    static abstract class Half extends Shape {
        Half() { super("half"); }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3), new Square(4), new Circle(1.5), new Half() { double area() { return 0.5; } }};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s + " x2=" + s.scaled(2));
            total += s.area();
        }
        System.out.println("total " + total);
        System.out.println(shapes[1] instanceof Rect);
        System.out.println(shapes[3] instanceof Half);
    }
}

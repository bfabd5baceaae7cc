package difftest;

public class p031_Classes {
    static class Point {
        final int x, y;
        static int created;
        Point(int x, int y) { this.x = x; this.y = y; created++; }
        Point() { this(0, 0); }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
        int dist2() { return x * x + y * y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
        @Override public boolean equals(Object o) { return o instanceof Point && ((Point) o).x == x && ((Point) o).y == y; }
        @Override public int hashCode() { return 31 * x + y; }
    }

    static class Counter {
        private int n;
        Counter inc() { n++; return this; }
        int get() { return n; }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point();
        System.out.println(p + " " + q + " " + p.plus(p) + " " + p.dist2());
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(q) + " " + p.equals("x") + " " + p.equals(null) + " " + p.hashCode());
        System.out.println(Point.created);
        System.out.println(new Counter().inc().inc().inc().get());
        Object o = p;
        System.out.println(o.toString() + " " + o.getClass().getName() + " " + o.getClass().getSimpleName());
        Point[] ps = new Point[3];
        for (int i = 0; i < ps.length; i++) ps[i] = new Point(i, i * i);
        Point sum = new Point();
        for (Point x : ps) sum = sum.plus(x);
        System.out.println(sum + " created " + Point.created);
        System.out.println(p == p.plus(q) ? "same" : "different");
    }
}

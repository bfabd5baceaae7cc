package difftest;

import java.util.ArrayList;
import java.util.List;

public class p038_InterfaceDispatch {
    interface Shape { double area(); default String label() { return "shape"; } }
    interface Named { String name(); }
    interface Both extends Shape, Named { }
    static class Sq implements Both {
        public double area() { return 4; }
        public String name() { return "sq"; }
    }
    static class Tri implements Shape, Named, Comparable<Tri> {
        final int id;
        Tri(int id) { this.id = id; }
        public double area() { return 0.5 * id; }
        public String name() { return "tri" + id; }
        public String label() { return "triangle"; }
        public int compareTo(Tri o) { return Integer.compare(id, o.id); }
    }

    static String info(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof Shape) sb.append("S:").append(((Shape) o).area()).append(((Shape) o).label()).append(' ');
        if (o instanceof Named) sb.append("N:").append(((Named) o).name()).append(' ');
        if (o instanceof Both) sb.append("B ");
        if (o instanceof Comparable) sb.append("C ");
        return sb.toString();
    }

    public static void main(String[] args) {
        List<Object> os = new ArrayList<>();
        os.add(new Sq()); os.add(new Tri(3)); os.add("str"); os.add(Integer.valueOf(3));
        for (Object o : os) System.out.println(info(o));
        Comparable<Tri> c = new Tri(1);
        System.out.println(c.compareTo(new Tri(2)) + " " + new Tri(5).compareTo(new Tri(2)));
        CharSequence cs = "hello";
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(1, 3));
        cs = new StringBuilder("world");
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs);
        Shape[] shapes = {new Sq(), new Tri(2), () -> 9.5};
        double t = 0;
        for (int i = 0; i < 30000; i++) t += shapes[i % 3].area();
        System.out.println(t);
    }
}

package bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU-bound kernels for comparing compiled code with the JVM. Each returns a
 * checksum so neither compiler can drop the work, and so the two can be checked
 * to compute the same thing.
 */
final class Benchmarks {
    private Benchmarks() {
    }

    /** The first five are the original micro-kernels; the rest cover the kinds of program in issue 13. */
    static final String[] NAMES = {"numeric", "objects", "collections", "strings", "dispatch",
        "richards", "bounce", "sudoku", "json", "collide", "loops", "lists", "trees",
        "towers", "permute", "queens", "sieve", "nbody", "mandelbrot", "graph"};

    static long run(String name) {
        switch (name) {
            case "numeric": return numeric();
            case "objects": return objects();
            case "collections": return collections();
            case "strings": return strings();
            case "dispatch": return dispatch();
            case "richards": return Sim.richards();
            case "bounce": return Sim.bounce();
            case "sudoku": return Sudoku.run();
            case "json": return Json.run();
            case "collide": return Collide.run();
            case "loops": return Loops.run();
            case "lists": return Structures.lists();
            case "trees": return Structures.trees();
            case "towers": return Recursion.towers();
            case "permute": return Recursion.permute();
            case "queens": return Recursion.queens();
            case "sieve": return Numeric.sieve();
            case "nbody": return Numeric.nbody();
            case "mandelbrot": return Numeric.mandelbrot();
            case "graph": return Graph.run();
            default: throw new IllegalArgumentException("unknown benchmark " + name);
        }
    }

    /** Sieve of Eratosthenes plus a double-precision matrix multiply. */
    static long numeric() {
        boolean[] composite = new boolean[2_000_000];
        long count = 0;
        for (int i = 2; i < composite.length; i++) {
            if (!composite[i]) {
                count += i;
                for (long j = (long) i * i; j < composite.length; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        int n = 120;
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 7 + j) % 13 * 0.5;
                b[i][j] = (i + j * 3) % 11 * 0.25;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                for (int j = 0; j < n; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += c[i][i];
        }
        return count + (long) trace;
    }

    /** Binary trees: allocation churn that keeps the collector busy. */
    static long objects() {
        long sum = 0;
        Node longLived = Node.make(14);
        for (int round = 0; round < 40; round++) {
            sum += Node.make(12).check();
        }
        return sum + longLived.check();
    }

    static final class Node {
        final Node left;
        final Node right;

        Node(Node l, Node r) {
            left = l;
            right = r;
        }

        static Node make(int depth) {
            return depth == 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1));
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    /** HashMap with boxed keys, ArrayList sort. */
    static long collections() {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            m.merge(i % 50_000, i, Integer::sum);
        }
        long sum = 0;
        for (int i = 0; i < 50_000; i++) {
            sum += m.get(i);
        }
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            list.add((i * 7919) % 100_003);
        }
        Collections.sort(list);
        return sum + list.get(500) + list.get(99_000);
    }

    /** StringBuilder appends, integer formatting, string hashing. */
    static long strings() {
        long h = 0;
        for (int r = 0; r < 200; r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                sb.append(i).append(',').append("x");
            }
            String s = sb.toString();
            h += s.hashCode() + s.length() + s.indexOf("499");
        }
        return h;
    }

    interface Shape {
        double area();
    }

    abstract static class Base implements Shape {
        abstract int sides();
    }

    static final class Square extends Base {
        final double s;
        Square(double s) { this.s = s; }
        public double area() { return s * s; }
        int sides() { return 4; }
    }

    static final class Tri extends Base {
        final double b;
        final double h;
        Tri(double b, double h) { this.b = b; this.h = h; }
        public double area() { return b * h / 2; }
        int sides() { return 3; }
    }

    static final class Circle extends Base {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return 3.0 * r * r; }
        int sides() { return 0; }
    }

    /** Interface and virtual calls over a polymorphic array. */
    static long dispatch() {
        Shape[] shapes = new Shape[1000];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = i % 3 == 0 ? new Square(i % 7) : i % 3 == 1 ? new Tri(i % 5, 2) : new Circle(i % 4);
        }
        double total = 0;
        long sides = 0;
        for (int r = 0; r < 2000; r++) {
            for (Shape s : shapes) {
                total += s.area();
                sides += ((Base) s).sides();
            }
        }
        return (long) total + sides;
    }
}

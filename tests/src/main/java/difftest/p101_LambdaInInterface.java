package difftest;

import java.util.function.Function;
import java.util.function.Supplier;

public class p101_LambdaInInterface {
    interface Shape {
        double area();
        Supplier<String> NAME = () -> "shape-const";
        static Shape square(double s) { return () -> s * s; }
        default Shape scaled(double k) { return () -> area() * k; }
        default Function<Double, Double> adder() { return x -> x + area(); }
    }
    static final Function<String, String> STATIC_FN;
    static { STATIC_FN = s -> "[" + s + "]"; }
    static Supplier<Integer> counter = new Supplier<>() {
        int n;
        public Integer get() { return ++n; }
    };

    public static void main(String[] args) {
        Shape sq = Shape.square(3);
        System.out.println(sq.area() + " " + sq.scaled(2).area() + " " + sq.scaled(2).scaled(0.5).area() + " " + sq.adder().apply(1.0));
        System.out.println(Shape.NAME.get() + " " + STATIC_FN.apply("x") + " " + counter.get() + counter.get());
        Function<Integer, Function<Integer, Integer>> add = a -> b -> a + b;
        System.out.println(add.andThen(f -> f.apply(10)).apply(5));
    }
}

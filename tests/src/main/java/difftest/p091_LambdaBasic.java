package difftest;

import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

public class p091_LambdaBasic {
    interface TriFunc { int apply(int a, int b, int c); }
    interface NoArg { void run(); }

    public static void main(String[] args) {
        Function<Integer, Integer> sq = x -> x * x;
        BiFunction<String, Integer, String> rep = (s, n) -> s.repeat(n);
        Supplier<String> sup = () -> "supplied";
        Predicate<String> empty = String::isEmpty;
        UnaryOperator<String> up = s -> s.toUpperCase();
        BinaryOperator<Integer> add = (a, b) -> a + b;
        IntBinaryOperator mul = (a, b) -> a * b;
        TriFunc tri = (a, b, c) -> a * 100 + b * 10 + c;
        Consumer<String> printer = s -> System.out.println("consumed " + s);
        NoArg na = () -> System.out.println("no arg");
        System.out.println(sq.apply(12) + " " + rep.apply("ab", 3) + " " + sup.get() + " " + empty.test("") + " " + up.apply("up"));
        System.out.println(add.apply(2, 3) + " " + mul.applyAsInt(6, 7) + " " + tri.apply(1, 2, 3));
        printer.accept("x");
        na.run();
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a - b;
        System.out.println(curried.apply(10).apply(3));
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < 3; i++) { int k = i; rs[i] = () -> System.out.println("runnable " + k); }
        for (Runnable r : rs) r.run();
        Supplier<Supplier<String>> nested = () -> () -> "nested";
        System.out.println(nested.get().get());
        Function<Integer, Integer> rec = new Function<>() {
            public Integer apply(Integer n) { return n <= 1 ? 1 : n * this.apply(n - 1); }
        };
        System.out.println(rec.apply(10));
    }
}

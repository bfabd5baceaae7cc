package difftest;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class p102_FunctionalCompose {
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9));
        Predicate<String> longish = s -> s.length() > 3, hasA = s -> s.contains("a");
        String[] ws = {"a", "abcd", "xyzw", "xy"};
        for (String w : ws) {
            System.out.println(w + ": " + longish.and(hasA).test(w) + " " + longish.or(hasA).test(w) + " " + longish.negate().test(w)
                    + " " + Predicate.not(hasA).test(w) + " " + Predicate.isEqual("xy").test(w));
        }
        IntPredicate even = i -> i % 2 == 0;
        System.out.println(even.test(4) + " " + even.negate().test(4) + " " + even.or(i -> i > 10).test(11));
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        System.out.println(mul.andThen(x -> "r" + x).apply(6, 7));
        UnaryOperator<String> id = UnaryOperator.identity();
        System.out.println(id.apply("same"));
    }
}

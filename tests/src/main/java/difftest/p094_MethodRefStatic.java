package difftest;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

public class p094_MethodRefStatic {
    static int twice(int x) { return 2 * x; }
    static String wrap(String a, Integer b) { return "<" + a + b + ">"; }

    public static void main(String[] args) {
        IntUnaryOperator t = p094_MethodRefStatic::twice;
        IntBinaryOperator max = Math::max;
        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<String> parse2 = Integer::parseInt;
        BiFunction<String, Integer, String> w = p094_MethodRefStatic::wrap;
        Function<Object, String> vo = String::valueOf;
        Function<Integer, String> hex = Integer::toHexString;
        System.out.println(t.applyAsInt(21) + " " + max.applyAsInt(3, 9) + " " + parse.apply("123") + " " + parse2.applyAsInt("-4"));
        System.out.println(w.apply("a", 1) + " " + vo.apply(null) + " " + vo.apply(3.5) + " " + hex.apply(255));
        Integer[] arr = {5, 3, 9, 1};
        Arrays.sort(arr, Integer::compare);
        System.out.println(Arrays.toString(arr));
        System.out.println(t.andThen(p094_MethodRefStatic::twice).applyAsInt(1) + " " + t.compose(x -> x + 1).applyAsInt(1));
    }
}

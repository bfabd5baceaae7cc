package difftest;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

public class p099_LambdaBoxing {
    interface IntToLong { long apply(int x); }
    interface ObjToInt { int apply(Integer x); }
    interface ShortSup { short get(); }
    interface DoubleFromChar { double apply(char c); }
    interface Widen { double apply(int x); }
    static int plusOne(int x) { return x + 1; }
    static Integer boxedTwice(Integer x) { return x * 2; }
    static byte small() { return (byte) 200; }
    static char letter() { return 'L'; }

    public static void main(String[] args) {
        Function<Integer, Integer> f = p099_LambdaBoxing::plusOne;
        IntFunction<Integer> g = p099_LambdaBoxing::boxedTwice;
        ToLongFunction<Integer> h = p099_LambdaBoxing::plusOne;
        ToDoubleFunction<Integer> dd = p099_LambdaBoxing::plusOne;
        IntToLong il = p099_LambdaBoxing::boxedTwice;
        ObjToInt oi = p099_LambdaBoxing::plusOne;
        LongSupplier ls = p099_LambdaBoxing::small;
        Supplier<Byte> bs = p099_LambdaBoxing::small;
        Supplier<Character> cs = p099_LambdaBoxing::letter;
        ShortSup ss = p099_LambdaBoxing::small;
        DoubleFromChar dfc = Character::getNumericValue;
        Widen w = Integer::valueOf;
        Supplier<Object> obj = p099_LambdaBoxing::small;
        Function<Integer, Number> num = Integer::valueOf;
        System.out.println(f.apply(1) + " " + g.apply(5) + " " + h.applyAsLong(9) + " " + dd.applyAsDouble(2) + " " + il.apply(7) + " " + oi.apply(8));
        System.out.println(ls.getAsLong() + " " + bs.get() + " " + cs.get() + " " + ss.get() + " " + dfc.apply('7') + " " + w.apply(3));
        System.out.println(obj.get() + " " + obj.get().getClass().getName() + " " + num.apply(4).getClass().getName());
        try { oi.apply(null); } catch (NullPointerException e) { System.out.println("NPE unboxing"); }
        Function<Long, Long> lf = x -> x + 1;
        System.out.println(lf.apply(Long.MAX_VALUE));
    }
}

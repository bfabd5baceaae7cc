package difftest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

public class p164_GenericMethods {
    static <T extends Comparable<? super T>> T max(List<? extends T> l) {
        T best = l.get(0);
        for (T t : l) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static <T, R> List<R> map(List<T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    static <T, A> A fold(List<T> in, A init, BiFunction<A, ? super T, A> f) {
        A acc = init;
        for (T t : in) acc = f.apply(acc, t);
        return acc;
    }

    static <T> void swap(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }

    @SafeVarargs
    static <T> List<T> listOf(T... xs) { return new ArrayList<>(Arrays.asList(xs)); }

    static double sumAll(List<? extends Number> nums) { double s = 0; for (Number n : nums) s += n.doubleValue(); return s; }

    static void addInts(List<? super Integer> dst) { dst.add(1); dst.add(2); }

    static class Pair<A, B> {
        final A a; final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(a, c); }
        public String toString() { return "(" + a + ", " + b + ")"; }
    }

    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2)) + " " + max(List.of("pear", "apple", "zoo")));
        System.out.println(map(List.of("a", "bb", "ccc"), String::length) + " " + map(List.of(1, 2), x -> x * 0.5));
        System.out.println(fold(List.of(1, 2, 3, 4), "", (acc, x) -> acc + x) + " " + fold(List.of(1, 2, 3, 4), 0, Integer::sum));
        String[] arr = {"x", "y", "z"};
        swap(arr, 0, 2);
        System.out.println(Arrays.toString(arr));
        System.out.println(listOf(1, 2, 3) + " " + listOf() + " " + p164_GenericMethods.<String>listOf("explicit"));
        System.out.println(sumAll(List.of(1, 2.5, 3L, 4f)));
        List<Number> nums = new ArrayList<>();
        addInts(nums);
        System.out.println(nums);
        Pair<String, Integer> p = new Pair<>("k", 1);
        System.out.println(p + " " + p.withSecond(List.of(1)) + " " + p.withSecond(null));
    }
}

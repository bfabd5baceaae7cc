package os2.aot.desugar.samples;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Lambdas and method references of every kind javac 17 emits; run() returns a deterministic transcript. */
public class LambdaSamples {
    private final String name;

    public LambdaSamples(String name) {
        this.name = name;
    }

    private LambdaSamples(int n) {
        this("n" + n);
    }

    private String priv(String s) {
        return name + ":" + s;
    }

    private static String spriv(String s) {
        return "s" + s;
    }

    static int twice(int x) {
        return 2 * x;
    }

    static long widenL(long x) {
        return x + 1;
    }

    static int someInt() {
        return 41;
    }

    @SuppressWarnings("unchecked")
    static <T> T generic(Object o) {
        return (T) o;
    }

    static Integer boxedInt() {
        return 77;
    }

    static float someFloat() {
        return 1.5f;
    }

    interface TriFunc<A, B, C, R> {
        R apply(A a, B b, C c);

        default TriFunc<A, B, C, String> str() {
            return (a, b, c) -> "<" + apply(a, b, c) + ">";
        }
    }

    interface IntToLong {
        long f(int x);
    }

    interface Widen {
        double w(int i, float f, char c, byte b, short s);
    }

    interface ToI<T> {
        int f(T t);
    }

    interface Getter<T> {
        T get();
    }

    interface StrGetter extends Getter<String> {
        @Override
        String get();
    }

    interface Marker {
    }

    static final class Nested {
        private final int v;

        private Nested() {
            this(7);
        }

        private Nested(int v) {
            this.v = v;
        }

        private String np() {
            return "np" + v;
        }

        private static int ns() {
            return 99;
        }

        /** A nestmate host referring to private members of its nest host. */
        static String fromInside() {
            Function<String, String> st = LambdaSamples::spriv;
            BiFunction<LambdaSamples, String, String> unbound = LambdaSamples::priv;
            IntFunction<LambdaSamples> ctor = LambdaSamples::new;
            Supplier<String> viaLambda = () -> new Nested(5).np();
            return st.apply("in") + unbound.apply(ctor.apply(6), "in") + viaLambda.get();
        }
    }

    static double sum5(double i, double f, double c, double b, double s) {
        return i + f + c + b + s;
    }

    String instance(StringBuilder out) {
        String local = "L";
        long big = 1L << 40;
        double d = 0.25;
        Supplier<String> capture = () -> name + local + big + d;
        out.append(capture.get()).append('\n');
        Function<String, String> bound = this::priv;
        BiFunction<LambdaSamples, String, String> unbound = LambdaSamples::priv;
        out.append(bound.apply("b")).append(' ').append(unbound.apply(new LambdaSamples("u"), "x")).append('\n');
        Function<String, String> nested = s -> {
            Function<String, String> inner = t -> name + s + t + local;
            return inner.apply("!");
        };
        out.append(nested.apply("?")).append('\n');
        return name;
    }

    public static String run() {
        StringBuilder out = new StringBuilder();
        new LambdaSamples("me").instance(out);
        Function<String, String> st = LambdaSamples::spriv;
        Function<String, String> concat = "abc"::concat;
        ToIntFunction<String> len = String::length;
        out.append(st.apply("x")).append(concat.apply("d")).append(len.applyAsInt("hello")).append('\n');

        Supplier<List<String>> listMaker = ArrayList::new;
        List<String> list = listMaker.get();
        Consumer<String> adder = list::add; // boolean result discarded
        adder.accept("z");
        adder.accept("aa");
        adder.accept("b");
        Function<String, LambdaSamples> ctor = LambdaSamples::new;
        IntFunction<LambdaSamples> privCtor = LambdaSamples::new;
        out.append(ctor.apply("c").name).append(privCtor.apply(3).name).append(list).append('\n');

        IntFunction<int[]> ints = int[]::new;
        IntFunction<String[]> strs = String[]::new;
        Supplier<long[]> longs = () -> new long[3];
        IntFunction<int[][]> grid = int[][]::new;
        out.append(ints.apply(4).length).append(strs.apply(2).length).append(longs.get().length)
                .append(grid.apply(5).length).append('\n');

        Function<Integer, Integer> boxed = LambdaSamples::twice;
        BinaryOperator<Integer> sum = Integer::sum;
        ToI<Integer> unboxed = LambdaSamples::twice;
        IntToLong widened = LambdaSamples::widenL;
        LongSupplier retWiden = LambdaSamples::someInt;
        DoubleSupplier floatToDouble = LambdaSamples::someFloat;
        Supplier<Object> boxAsObject = LambdaSamples::someInt;
        Function<String, Number> boxAsNumber = String::length;
        Widen w = LambdaSamples::sum5;
        ToIntFunction<Object> fromObject = LambdaSamples::<Integer>generic; // Object result unboxed via a cast
        ToLongFunction<Object> fromObjectLong = LambdaSamples::<Long>generic;
        LongSupplier boxedToLong = LambdaSamples::boxedInt; // unbox, then widen
        out.append(fromObject.applyAsInt(12)).append(' ').append(fromObjectLong.applyAsLong(1L << 33)).append(' ')
                .append(boxedToLong.getAsLong()).append('\n');
        out.append(boxed.apply(21)).append(' ').append(sum.apply(2, 3)).append(' ').append(unboxed.f(5))
                .append(' ').append(widened.f(Integer.MAX_VALUE)).append(' ').append(retWiden.getAsLong())
                .append(' ').append(floatToDouble.getAsDouble()).append(' ').append(boxAsObject.get())
                .append(' ').append(boxAsNumber.apply("four")).append(' ')
                .append(w.w(1, 0.5f, 'A', (byte) -2, (short) 300)).append('\n');

        List<String> sorted = new ArrayList<>(List.of("ccc", "a", "bb", "aa", "c"));
        sorted.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        out.append(sorted).append('\n');
        out.append(IntStream.range(0, 6).map(x -> x * x).filter(x -> x % 2 == 0).boxed().map(String::valueOf)
                .collect(Collectors.joining(","))).append('\n');
        Function<List<String>, Integer> size = List::size;
        out.append(size.apply(sorted)).append('\n');

        Runnable ser = (Runnable & Serializable) () -> out.append("ser-run ");
        ser.run();
        Runnable marked = (Runnable & Marker) () -> out.append("marked ");
        marked.run();
        out.append(ser instanceof Serializable).append(marked instanceof Marker).append(marked instanceof Serializable)
                .append('\n');

        TriFunc<Integer, Long, String, Object> tri = (a, b, c) -> a + b + c;
        out.append(tri.str().apply(1, 2L, "x")).append('\n');
        StrGetter sg = () -> "bridged";
        Getter<String> g = sg;
        out.append(sg.get()).append(g.get()).append('\n');

        Supplier<Nested> nestedNew = Nested::new;
        IntFunction<Nested> nestedNew2 = Nested::new;
        Function<Nested, String> nestedPriv = Nested::np;
        Supplier<Integer> nestedStatic = Nested::ns;
        out.append(nestedPriv.apply(nestedNew.get())).append(nestedPriv.apply(nestedNew2.apply(8)))
                .append(nestedStatic.get()).append(Nested.fromInside()).append('\n');

        Supplier<String> first = null;
        for (int i = 0; i < 2; i++) {
            Supplier<String> s = () -> "same";
            out.append(first == null ? "" : String.valueOf(first == s));
            first = s;
        }
        out.append('\n').append(Arrays.toString(new Nested[0])).append('\n');
        return out.toString();
    }
}

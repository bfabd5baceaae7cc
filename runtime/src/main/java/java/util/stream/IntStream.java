package java.util.stream;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.IntSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

/** A sequence of int values with aggregate operations, evaluated lazily when a terminal operation runs. */
public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    IntStream takeWhile(IntPredicate predicate);

    IntStream dropWhile(IntPredicate predicate);

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    Stream<Integer> boxed();

    @Override
    PrimitiveIterator.OfInt iterator();

    static IntStream empty() {
        return of(new int[0]);
    }

    static IntStream of(int t) {
        return of(new int[] {t});
    }

    static IntStream of(int... values) {
        return Arrays.stream(values);
    }

    static IntStream iterate(int seed, IntUnaryOperator f) {
        return iterate(seed, t -> true, f);
    }

    static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            private int t = seed;
            private boolean started;
            private boolean ready;
            private boolean done;

            public boolean hasNext() {
                if (!ready && !done) {
                    if (started) {
                        t = next.applyAsInt(t);
                    }
                    started = true;
                    if (hasNext.test(t)) {
                        ready = true;
                    } else {
                        done = true;
                    }
                }
                return ready;
            }

            public int nextInt() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return t;
            }
        }, null, Pipe.create());
    }

    static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return true;
            }

            public int nextInt() {
                return s.getAsInt();
            }
        }, null, Pipe.create());
    }

    static IntStream concat(IntStream a, IntStream b) {
        return Stream.concat(a.boxed(), b.boxed()).mapToInt(Integer::intValue);
    }

    static IntStream range(int startInclusive, int endExclusive) {
        return rangeClosed(startInclusive, endExclusive - 1, startInclusive < endExclusive);
    }

    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        return rangeClosed(startInclusive, endInclusive, startInclusive <= endInclusive);
    }

    private static IntStream rangeClosed(int from, int to, boolean nonEmpty) {
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            private int next = from;
            private boolean more = nonEmpty;

            public boolean hasNext() {
                return more;
            }

            public int nextInt() {
                if (!more) {
                    throw new java.util.NoSuchElementException();
                }
                int v = next;
                if (v == to) {
                    more = false;
                } else {
                    next++;
                }
                return v;
            }
        }, nonEmpty ? Pipe.sized((long) to - from + 1) : Pipe.sized(0), Pipe.create());
    }
}

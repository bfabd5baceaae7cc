package java.util.stream;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.LongSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;

/** A sequence of long values with aggregate operations, evaluated lazily when a terminal operation runs. */
public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    DoubleStream asDoubleStream();

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    LongStream takeWhile(LongPredicate predicate);

    LongStream dropWhile(LongPredicate predicate);

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    Stream<Long> boxed();

    @Override
    PrimitiveIterator.OfLong iterator();

    static LongStream empty() {
        return of(new long[0]);
    }

    static LongStream of(long t) {
        return of(new long[] {t});
    }

    static LongStream of(long... values) {
        return Arrays.stream(values);
    }

    static LongStream iterate(long seed, LongUnaryOperator f) {
        return iterate(seed, t -> true, f);
    }

    static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            private long t = seed;
            private boolean started;
            private boolean ready;
            private boolean done;

            public boolean hasNext() {
                if (!ready && !done) {
                    if (started) {
                        t = next.applyAsLong(t);
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

            public long nextLong() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return t;
            }
        }, null, Pipe.create());
    }

    static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return true;
            }

            public long nextLong() {
                return s.getAsLong();
            }
        }, null, Pipe.create());
    }

    static LongStream concat(LongStream a, LongStream b) {
        return Stream.concat(a.boxed(), b.boxed()).mapToLong(Long::longValue);
    }

    static LongStream range(long startInclusive, long endExclusive) {
        return rangeClosed(startInclusive, endExclusive - 1, startInclusive < endExclusive);
    }

    static LongStream rangeClosed(long startInclusive, long endInclusive) {
        return rangeClosed(startInclusive, endInclusive, startInclusive <= endInclusive);
    }

    private static LongStream rangeClosed(long from, long to, boolean nonEmpty) {
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            private long next = from;
            private boolean more = nonEmpty;

            public boolean hasNext() {
                return more;
            }

            public long nextLong() {
                if (!more) {
                    throw new java.util.NoSuchElementException();
                }
                long v = next;
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

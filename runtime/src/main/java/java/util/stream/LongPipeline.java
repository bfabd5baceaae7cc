package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.LongSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;

/** The stream of long values: one stage of a pipeline, pulling from the iterator of the stage before. */
final class LongPipeline implements LongStream {
    private PrimitiveIterator.OfLong source;
    private final LongSupplier size;
    private final Pipe pipe;

    LongPipeline(PrimitiveIterator.OfLong source, LongSupplier size, Pipe pipe) {
        this.source = source;
        this.size = size;
        this.pipe = pipe;
    }

    private PrimitiveIterator.OfLong take() {
        if (source == null) {
            throw Pipe.used();
        }
        PrimitiveIterator.OfLong it = source;
        source = null;
        return it;
    }

    private LongStream then(PrimitiveIterator.OfLong it, boolean keepsSize) {
        return new LongPipeline(it, keepsSize ? size : null, pipe);
    }

    /** A lookahead iterator over long values. */
    private abstract static class Ahead implements PrimitiveIterator.OfLong {
        long item;
        private int state;

        abstract boolean fetch();

        public final boolean hasNext() {
            if (state == 0) {
                state = fetch() ? 1 : 2;
            }
            return state == 1;
        }

        public final long nextLong() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            state = 0;
            return item;
        }
    }

    public PrimitiveIterator.OfLong iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public LongStream sequential() {
        return this;
    }

    public LongStream parallel() {
        return this;
    }

    public LongStream unordered() {
        return this;
    }

    public LongStream onClose(Runnable closeHandler) {
        Objects.requireNonNull(closeHandler);
        if (source == null) {
            throw Pipe.used();
        }
        pipe.add(closeHandler);
        return this;
    }

    public void close() {
        source = null;
        pipe.close();
    }

    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong it = take();
        return then(new Ahead() {
            boolean fetch() {
                while (it.hasNext()) {
                    long t = it.nextLong();
                    if (predicate.test(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return then(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(it.nextLong());
            }
        }, true);
    }

    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return new RefStream<U>(new java.util.Iterator<U>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public U next() {
                return mapper.apply(it.nextLong());
            }
        }, size, pipe);
    }

    public Stream<Long> boxed() {
        return mapToObj(Long::valueOf);
    }

    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(it.nextLong());
            }
        }, size, pipe);
    }

    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return new DoublePipeline(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(it.nextLong());
            }
        }, size, pipe);
    }

    public DoubleStream asDoubleStream() {
        return mapToDouble(v -> (double) v);
    }

    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return boxed().flatMapToLong(mapper::apply);
    }

    public LongStream distinct() {
        PrimitiveIterator.OfLong it = take();
        Set<Long> seen = new HashSet<>();
        return then(new Ahead() {
            boolean fetch() {
                while (it.hasNext()) {
                    long t = it.nextLong();
                    if (seen.add(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public LongStream sorted() {
        PrimitiveIterator.OfLong it = take();
        return then(new PrimitiveIterator.OfLong() {
            private long[] all;
            private int i;

            private long[] all() {
                if (all == null) {
                    all = drain(it);
                    Arrays.sort(all);
                }
                return all;
            }

            public boolean hasNext() {
                return i < all().length;
            }

            public long nextLong() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return all[i++];
            }
        }, true);
    }

    private static long[] drain(PrimitiveIterator.OfLong it) {
        long[] a = new long[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = it.nextLong();
        }
        return Arrays.copyOf(a, n);
    }

    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfLong it = take();
        return then(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public long nextLong() {
                long t = it.nextLong();
                action.accept(t);
                return t;
            }
        }, true);
    }

    public LongStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        PrimitiveIterator.OfLong it = take();
        return then(new PrimitiveIterator.OfLong() {
            private long n;

            public boolean hasNext() {
                return n < maxSize && it.hasNext();
            }

            public long nextLong() {
                if (n >= maxSize) {
                    throw new java.util.NoSuchElementException();
                }
                n++;
                return it.nextLong();
            }
        }, false);
    }

    public LongStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        PrimitiveIterator.OfLong it = take();
        return then(new Ahead() {
            private boolean skipped;

            boolean fetch() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && it.hasNext(); i++) {
                        it.nextLong();
                    }
                }
                if (!it.hasNext()) {
                    return false;
                }
                item = it.nextLong();
                return true;
            }
        }, false);
    }

    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong it = take();
        return then(new Ahead() {
            private boolean done;

            boolean fetch() {
                if (done || !it.hasNext()) {
                    return false;
                }
                long t = it.nextLong();
                if (!predicate.test(t)) {
                    done = true;
                    return false;
                }
                item = t;
                return true;
            }
        }, false);
    }

    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong it = take();
        return then(new Ahead() {
            private boolean dropping = true;

            boolean fetch() {
                while (it.hasNext()) {
                    long t = it.nextLong();
                    if (dropping && predicate.test(t)) {
                        continue;
                    }
                    dropping = false;
                    item = t;
                    return true;
                }
                return false;
            }
        }, false);
    }

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            action.accept(it.nextLong());
        }
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        return drain(take());
    }

    public long reduce(long identity, LongBinaryOperator op) {
        PrimitiveIterator.OfLong it = take();
        long r = identity;
        while (it.hasNext()) {
            r = op.applyAsLong(r, it.nextLong());
        }
        return r;
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfLong it = take();
        if (!it.hasNext()) {
            return OptionalLong.empty();
        }
        long r = it.nextLong();
        while (it.hasNext()) {
            r = op.applyAsLong(r, it.nextLong());
        }
        return OptionalLong.of(r);
    }

    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        PrimitiveIterator.OfLong it = take();
        R r = supplier.get();
        while (it.hasNext()) {
            accumulator.accept(r, it.nextLong());
        }
        return r;
    }

    public long sum() {
        return reduce(0, Long::sum);
    }

    public OptionalDouble average() {
        PrimitiveIterator.OfLong it = take();
        long n = 0;
        long s = 0;
        while (it.hasNext()) {
            s += it.nextLong();
            n++;
        }
        return n > 0 ? OptionalDouble.of((double) s / n) : OptionalDouble.empty();
    }

    public OptionalLong min() {
        return reduce(Math::min);
    }

    public OptionalLong max() {
        return reduce(Math::max);
    }

    public long count() {
        PrimitiveIterator.OfLong it = take();
        if (size != null) {
            return size.getAsLong();
        }
        long n = 0;
        while (it.hasNext()) {
            it.nextLong();
            n++;
        }
        return n;
    }

    public LongSummaryStatistics summaryStatistics() {
        return collect(LongSummaryStatistics::new, LongSummaryStatistics::accept, LongSummaryStatistics::combine);
    }

    public boolean anyMatch(LongPredicate predicate) {
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            if (predicate.test(it.nextLong())) {
                return true;
            }
        }
        return false;
    }

    public boolean allMatch(LongPredicate predicate) {
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.nextLong())) {
                return false;
            }
        }
        return true;
    }

    public boolean noneMatch(LongPredicate predicate) {
        return !anyMatch(predicate);
    }

    public OptionalLong findFirst() {
        PrimitiveIterator.OfLong it = take();
        return it.hasNext() ? OptionalLong.of(it.nextLong()) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }
}

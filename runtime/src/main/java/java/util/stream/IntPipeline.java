package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.IntSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

/** The stream of int values: one stage of a pipeline, pulling from the iterator of the stage before. */
final class IntPipeline implements IntStream {
    private PrimitiveIterator.OfInt source;
    private final LongSupplier size;
    private final Pipe pipe;

    IntPipeline(PrimitiveIterator.OfInt source, LongSupplier size, Pipe pipe) {
        this.source = source;
        this.size = size;
        this.pipe = pipe;
    }

    private PrimitiveIterator.OfInt take() {
        if (source == null) {
            throw Pipe.used();
        }
        PrimitiveIterator.OfInt it = source;
        source = null;
        return it;
    }

    private IntStream then(PrimitiveIterator.OfInt it, boolean keepsSize) {
        return new IntPipeline(it, keepsSize ? size : null, pipe);
    }

    /** A lookahead iterator over int values. */
    private abstract static class Ahead implements PrimitiveIterator.OfInt {
        int item;
        private int state;

        abstract boolean fetch();

        public final boolean hasNext() {
            if (state == 0) {
                state = fetch() ? 1 : 2;
            }
            return state == 1;
        }

        public final int nextInt() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            state = 0;
            return item;
        }
    }

    public PrimitiveIterator.OfInt iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public IntStream sequential() {
        return this;
    }

    public IntStream parallel() {
        return this;
    }

    public IntStream unordered() {
        return this;
    }

    public IntStream onClose(Runnable closeHandler) {
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

    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt it = take();
        return then(new Ahead() {
            boolean fetch() {
                while (it.hasNext()) {
                    int t = it.nextInt();
                    if (predicate.test(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return then(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(it.nextInt());
            }
        }, true);
    }

    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return new RefStream<U>(new java.util.Iterator<U>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public U next() {
                return mapper.apply(it.nextInt());
            }
        }, size, pipe);
    }

    public Stream<Integer> boxed() {
        return mapToObj(Integer::valueOf);
    }

    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(it.nextInt());
            }
        }, size, pipe);
    }

    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return new DoublePipeline(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(it.nextInt());
            }
        }, size, pipe);
    }

    public LongStream asLongStream() {
        return mapToLong(v -> (long) v);
    }

    public DoubleStream asDoubleStream() {
        return mapToDouble(v -> (double) v);
    }

    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return boxed().flatMapToInt(mapper::apply);
    }

    public IntStream distinct() {
        PrimitiveIterator.OfInt it = take();
        Set<Integer> seen = new HashSet<>();
        return then(new Ahead() {
            boolean fetch() {
                while (it.hasNext()) {
                    int t = it.nextInt();
                    if (seen.add(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public IntStream sorted() {
        PrimitiveIterator.OfInt it = take();
        return then(new PrimitiveIterator.OfInt() {
            private int[] all;
            private int i;

            private int[] all() {
                if (all == null) {
                    all = drain(it);
                    Arrays.sort(all);
                }
                return all;
            }

            public boolean hasNext() {
                return i < all().length;
            }

            public int nextInt() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return all[i++];
            }
        }, true);
    }

    private static int[] drain(PrimitiveIterator.OfInt it) {
        int[] a = new int[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = it.nextInt();
        }
        return Arrays.copyOf(a, n);
    }

    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfInt it = take();
        return then(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public int nextInt() {
                int t = it.nextInt();
                action.accept(t);
                return t;
            }
        }, true);
    }

    public IntStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        PrimitiveIterator.OfInt it = take();
        return then(new PrimitiveIterator.OfInt() {
            private long n;

            public boolean hasNext() {
                return n < maxSize && it.hasNext();
            }

            public int nextInt() {
                if (n >= maxSize) {
                    throw new java.util.NoSuchElementException();
                }
                n++;
                return it.nextInt();
            }
        }, false);
    }

    public IntStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        PrimitiveIterator.OfInt it = take();
        return then(new Ahead() {
            private boolean skipped;

            boolean fetch() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && it.hasNext(); i++) {
                        it.nextInt();
                    }
                }
                if (!it.hasNext()) {
                    return false;
                }
                item = it.nextInt();
                return true;
            }
        }, false);
    }

    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt it = take();
        return then(new Ahead() {
            private boolean done;

            boolean fetch() {
                if (done || !it.hasNext()) {
                    return false;
                }
                int t = it.nextInt();
                if (!predicate.test(t)) {
                    done = true;
                    return false;
                }
                item = t;
                return true;
            }
        }, false);
    }

    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt it = take();
        return then(new Ahead() {
            private boolean dropping = true;

            boolean fetch() {
                while (it.hasNext()) {
                    int t = it.nextInt();
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

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            action.accept(it.nextInt());
        }
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        return drain(take());
    }

    public int reduce(int identity, IntBinaryOperator op) {
        PrimitiveIterator.OfInt it = take();
        int r = identity;
        while (it.hasNext()) {
            r = op.applyAsInt(r, it.nextInt());
        }
        return r;
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfInt it = take();
        if (!it.hasNext()) {
            return OptionalInt.empty();
        }
        int r = it.nextInt();
        while (it.hasNext()) {
            r = op.applyAsInt(r, it.nextInt());
        }
        return OptionalInt.of(r);
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        PrimitiveIterator.OfInt it = take();
        R r = supplier.get();
        while (it.hasNext()) {
            accumulator.accept(r, it.nextInt());
        }
        return r;
    }

    public int sum() {
        return reduce(0, Integer::sum);
    }

    public OptionalDouble average() {
        PrimitiveIterator.OfInt it = take();
        long n = 0;
        long s = 0;
        while (it.hasNext()) {
            s += it.nextInt();
            n++;
        }
        return n > 0 ? OptionalDouble.of((double) s / n) : OptionalDouble.empty();
    }

    public OptionalInt min() {
        return reduce(Math::min);
    }

    public OptionalInt max() {
        return reduce(Math::max);
    }

    public long count() {
        PrimitiveIterator.OfInt it = take();
        if (size != null) {
            return size.getAsLong();
        }
        long n = 0;
        while (it.hasNext()) {
            it.nextInt();
            n++;
        }
        return n;
    }

    public IntSummaryStatistics summaryStatistics() {
        return collect(IntSummaryStatistics::new, IntSummaryStatistics::accept, IntSummaryStatistics::combine);
    }

    public boolean anyMatch(IntPredicate predicate) {
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            if (predicate.test(it.nextInt())) {
                return true;
            }
        }
        return false;
    }

    public boolean allMatch(IntPredicate predicate) {
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.nextInt())) {
                return false;
            }
        }
        return true;
    }

    public boolean noneMatch(IntPredicate predicate) {
        return !anyMatch(predicate);
    }

    public OptionalInt findFirst() {
        PrimitiveIterator.OfInt it = take();
        return it.hasNext() ? OptionalInt.of(it.nextInt()) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }
}

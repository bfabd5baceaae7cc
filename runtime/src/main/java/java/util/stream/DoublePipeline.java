package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.DoubleSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;

/** The stream of double values: one stage of a pipeline, pulling from the iterator of the stage before. */
final class DoublePipeline implements DoubleStream {
    private PrimitiveIterator.OfDouble source;
    private final LongSupplier size;
    private final Pipe pipe;

    DoublePipeline(PrimitiveIterator.OfDouble source, LongSupplier size, Pipe pipe) {
        this.source = source;
        this.size = size;
        this.pipe = pipe;
    }

    private PrimitiveIterator.OfDouble take() {
        if (source == null) {
            throw Pipe.used();
        }
        PrimitiveIterator.OfDouble it = source;
        source = null;
        return it;
    }

    private DoubleStream then(PrimitiveIterator.OfDouble it, boolean keepsSize) {
        return new DoublePipeline(it, keepsSize ? size : null, pipe);
    }

    /** A lookahead iterator over double values. */
    private abstract static class Ahead implements PrimitiveIterator.OfDouble {
        double item;
        private int state;

        abstract boolean fetch();

        public final boolean hasNext() {
            if (state == 0) {
                state = fetch() ? 1 : 2;
            }
            return state == 1;
        }

        public final double nextDouble() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            state = 0;
            return item;
        }
    }

    public PrimitiveIterator.OfDouble iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public DoubleStream sequential() {
        return this;
    }

    public DoubleStream parallel() {
        return this;
    }

    public DoubleStream unordered() {
        return this;
    }

    public DoubleStream onClose(Runnable closeHandler) {
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

    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble it = take();
        return then(new Ahead() {
            boolean fetch() {
                while (it.hasNext()) {
                    double t = it.nextDouble();
                    if (predicate.test(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return then(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(it.nextDouble());
            }
        }, true);
    }

    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return new RefStream<U>(new java.util.Iterator<U>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public U next() {
                return mapper.apply(it.nextDouble());
            }
        }, size, pipe);
    }

    public Stream<Double> boxed() {
        return mapToObj(Double::valueOf);
    }

    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(it.nextDouble());
            }
        }, size, pipe);
    }

    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(it.nextDouble());
            }
        }, size, pipe);
    }

    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return boxed().flatMapToDouble(mapper::apply);
    }

    public DoubleStream distinct() {
        PrimitiveIterator.OfDouble it = take();
        Set<Double> seen = new HashSet<>();
        return then(new Ahead() {
            boolean fetch() {
                while (it.hasNext()) {
                    double t = it.nextDouble();
                    if (seen.add(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public DoubleStream sorted() {
        PrimitiveIterator.OfDouble it = take();
        return then(new PrimitiveIterator.OfDouble() {
            private double[] all;
            private int i;

            private double[] all() {
                if (all == null) {
                    all = drain(it);
                    Arrays.sort(all);
                }
                return all;
            }

            public boolean hasNext() {
                return i < all().length;
            }

            public double nextDouble() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return all[i++];
            }
        }, true);
    }

    private static double[] drain(PrimitiveIterator.OfDouble it) {
        double[] a = new double[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = it.nextDouble();
        }
        return Arrays.copyOf(a, n);
    }

    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfDouble it = take();
        return then(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public double nextDouble() {
                double t = it.nextDouble();
                action.accept(t);
                return t;
            }
        }, true);
    }

    public DoubleStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        PrimitiveIterator.OfDouble it = take();
        return then(new PrimitiveIterator.OfDouble() {
            private long n;

            public boolean hasNext() {
                return n < maxSize && it.hasNext();
            }

            public double nextDouble() {
                if (n >= maxSize) {
                    throw new java.util.NoSuchElementException();
                }
                n++;
                return it.nextDouble();
            }
        }, false);
    }

    public DoubleStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        PrimitiveIterator.OfDouble it = take();
        return then(new Ahead() {
            private boolean skipped;

            boolean fetch() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && it.hasNext(); i++) {
                        it.nextDouble();
                    }
                }
                if (!it.hasNext()) {
                    return false;
                }
                item = it.nextDouble();
                return true;
            }
        }, false);
    }

    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble it = take();
        return then(new Ahead() {
            private boolean done;

            boolean fetch() {
                if (done || !it.hasNext()) {
                    return false;
                }
                double t = it.nextDouble();
                if (!predicate.test(t)) {
                    done = true;
                    return false;
                }
                item = t;
                return true;
            }
        }, false);
    }

    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble it = take();
        return then(new Ahead() {
            private boolean dropping = true;

            boolean fetch() {
                while (it.hasNext()) {
                    double t = it.nextDouble();
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

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            action.accept(it.nextDouble());
        }
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        return drain(take());
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        PrimitiveIterator.OfDouble it = take();
        double r = identity;
        while (it.hasNext()) {
            r = op.applyAsDouble(r, it.nextDouble());
        }
        return r;
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfDouble it = take();
        if (!it.hasNext()) {
            return OptionalDouble.empty();
        }
        double r = it.nextDouble();
        while (it.hasNext()) {
            r = op.applyAsDouble(r, it.nextDouble());
        }
        return OptionalDouble.of(r);
    }

    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        PrimitiveIterator.OfDouble it = take();
        R r = supplier.get();
        while (it.hasNext()) {
            accumulator.accept(r, it.nextDouble());
        }
        return r;
    }

    /** Compensated summation, as the JDK's. */
    public double sum() {
        PrimitiveIterator.OfDouble it = take();
        double[] a = new double[3];
        while (it.hasNext()) {
            double d = it.nextDouble();
            Collectors.sumWithCompensation(a, d);
            a[2] += d;
        }
        return Collectors.computeFinalSum(a);
    }

    public OptionalDouble average() {
        PrimitiveIterator.OfDouble it = take();
        double[] a = new double[4];
        while (it.hasNext()) {
            double d = it.nextDouble();
            a[2]++;
            Collectors.sumWithCompensation(a, d);
            a[3] += d;
        }
        return a[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(a) / a[2]) : OptionalDouble.empty();
    }

    public OptionalDouble min() {
        return reduce(Math::min);
    }

    public OptionalDouble max() {
        return reduce(Math::max);
    }

    public long count() {
        PrimitiveIterator.OfDouble it = take();
        if (size != null) {
            return size.getAsLong();
        }
        long n = 0;
        while (it.hasNext()) {
            it.nextDouble();
            n++;
        }
        return n;
    }

    public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    public boolean anyMatch(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            if (predicate.test(it.nextDouble())) {
                return true;
            }
        }
        return false;
    }

    public boolean allMatch(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.nextDouble())) {
                return false;
            }
        }
        return true;
    }

    public boolean noneMatch(DoublePredicate predicate) {
        return !anyMatch(predicate);
    }

    public OptionalDouble findFirst() {
        PrimitiveIterator.OfDouble it = take();
        return it.hasNext() ? OptionalDouble.of(it.nextDouble()) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }
}

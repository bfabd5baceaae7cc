package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The stream of objects: one stage of a pipeline, pulling from the iterator of the stage before. */
final class RefStream<T> implements Stream<T> {
    private Iterator<T> source;
    private final LongSupplier size;
    private final Pipe pipe;

    RefStream(Iterator<T> source) {
        this(source, null, Pipe.create());
    }

    RefStream(Iterator<T> source, LongSupplier size, Pipe pipe) {
        this.source = source;
        this.size = size;
        this.pipe = pipe;
    }

    /** This stage's elements, once: a stream is used by one operation only. */
    private Iterator<T> take() {
        if (source == null) {
            throw Pipe.used();
        }
        Iterator<T> it = source;
        source = null;
        return it;
    }

    private <R> Stream<R> then(Iterator<R> it, boolean keepsSize) {
        return new RefStream<>(it, keepsSize ? size : null, pipe);
    }

    public Iterator<T> iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public Stream<T> sequential() {
        return this;
    }

    public Stream<T> parallel() {
        return this;
    }

    public Stream<T> unordered() {
        return this;
    }

    public Stream<T> onClose(Runnable closeHandler) {
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

    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = take();
        return then(new Pipe.Ahead<T>() {
            boolean fetch() {
                while (it.hasNext()) {
                    T t = it.next();
                    if (predicate.test(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return then(new Iterator<R>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public R next() {
                return mapper.apply(it.next());
            }
        }, true);
    }

    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(it.next());
            }
        }, size, pipe);
    }

    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(it.next());
            }
        }, size, pipe);
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return new DoublePipeline(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(it.next());
            }
        }, size, pipe);
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return then(new Pipe.Ahead<R>() {
            private Stream<? extends R> inner;
            private Iterator<? extends R> cur;

            boolean fetch() {
                for (;;) {
                    if (cur != null && cur.hasNext()) {
                        item = cur.next();
                        return true;
                    }
                    if (inner != null) {
                        inner.close();
                        inner = null;
                        cur = null;
                    }
                    if (!it.hasNext()) {
                        return false;
                    }
                    inner = mapper.apply(it.next());
                    cur = inner == null ? null : inner.iterator();
                }
            }
        }, false);
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        return flatMap(t -> {
            IntStream s = mapper.apply(t);
            return s == null ? null : s.boxed();
        }).mapToInt(Integer::intValue);
    }

    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        return flatMap(t -> {
            LongStream s = mapper.apply(t);
            return s == null ? null : s.boxed();
        }).mapToLong(Long::longValue);
    }

    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        return flatMap(t -> {
            DoubleStream s = mapper.apply(t);
            return s == null ? null : s.boxed();
        }).mapToDouble(Double::doubleValue);
    }

    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(t -> {
            List<R> buf = new ArrayList<>();
            mapper.accept(t, (Consumer<R>) buf::add);
            return buf.stream();
        });
    }

    public Stream<T> distinct() {
        Iterator<T> it = take();
        Set<T> seen = new HashSet<>();
        return then(new Pipe.Ahead<T>() {
            boolean fetch() {
                while (it.hasNext()) {
                    T t = it.next();
                    if (seen.add(t)) {
                        item = t;
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    public Stream<T> sorted() {
        return sorted(null);
    }

    /** A barrier: the first element is asked for only after every element has arrived and been sorted. */
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Iterator<T> it = take();
        return then(new Iterator<T>() {
            private Iterator<T> sortedIt;

            private Iterator<T> sortedIt() {
                if (sortedIt == null) {
                    List<T> all = new ArrayList<>();
                    while (it.hasNext()) {
                        all.add(it.next());
                    }
                    all.sort(comparator);
                    sortedIt = all.iterator();
                }
                return sortedIt;
            }

            public boolean hasNext() {
                return sortedIt().hasNext();
            }

            public T next() {
                return sortedIt().next();
            }
        }, true);
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = take();
        return then(new Iterator<T>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public T next() {
                T t = it.next();
                action.accept(t);
                return t;
            }
        }, true);
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        Iterator<T> it = take();
        return then(new Iterator<T>() {
            private long n;

            public boolean hasNext() {
                return n < maxSize && it.hasNext();
            }

            public T next() {
                if (n >= maxSize) {
                    throw new java.util.NoSuchElementException();
                }
                n++;
                return it.next();
            }
        }, false);
    }

    public Stream<T> skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        Iterator<T> it = take();
        return then(new Pipe.Ahead<T>() {
            private boolean skipped;

            boolean fetch() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && it.hasNext(); i++) {
                        it.next();
                    }
                }
                if (!it.hasNext()) {
                    return false;
                }
                item = it.next();
                return true;
            }
        }, false);
    }

    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = take();
        return then(new Pipe.Ahead<T>() {
            private boolean done;

            boolean fetch() {
                if (done || !it.hasNext()) {
                    return false;
                }
                T t = it.next();
                if (!predicate.test(t)) {
                    done = true;
                    return false;
                }
                item = t;
                return true;
            }
        }, false);
    }

    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = take();
        return then(new Pipe.Ahead<T>() {
            private boolean dropping = true;

            boolean fetch() {
                while (it.hasNext()) {
                    T t = it.next();
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

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = take();
        while (it.hasNext()) {
            action.accept(it.next());
        }
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    public Object[] toArray() {
        return toList(take()).toArray();
    }

    public <A> A[] toArray(IntFunction<A[]> generator) {
        List<T> all = toList(take());
        A[] a = generator.apply(all.size());
        if (a.length != all.size()) {
            throw new IllegalStateException("Begin size " + all.size() + " is not equal to fixed size " + a.length);
        }
        System.arraycopy(all.toArray(), 0, a, 0, a.length);
        return a;
    }

    private static <T> List<T> toList(Iterator<T> it) {
        List<T> all = new ArrayList<>();
        while (it.hasNext()) {
            all.add(it.next());
        }
        return all;
    }

    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Iterator<T> it = take();
        T r = identity;
        while (it.hasNext()) {
            r = accumulator.apply(r, it.next());
        }
        return r;
    }

    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Iterator<T> it = take();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        T r = it.next();
        while (it.hasNext()) {
            r = accumulator.apply(r, it.next());
        }
        return Optional.of(r);
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(combiner);
        Iterator<T> it = take();
        U r = identity;
        while (it.hasNext()) {
            r = accumulator.apply(r, it.next());
        }
        return r;
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        Iterator<T> it = take();
        R r = supplier.get();
        while (it.hasNext()) {
            accumulator.accept(r, it.next());
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Iterator<T> it = take();
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> acc = collector.accumulator();
        while (it.hasNext()) {
            acc.accept(container, it.next());
        }
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container : collector.finisher().apply(container);
    }

    @SuppressWarnings("unchecked")
    public List<T> toList() {
        return (List<T>) Collections.unmodifiableList(Arrays.asList(toArray()));
    }

    public Optional<T> min(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce((a, b) -> comparator.compare(a, b) <= 0 ? a : b);
    }

    public Optional<T> max(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce((a, b) -> comparator.compare(a, b) >= 0 ? a : b);
    }

    public long count() {
        Iterator<T> it = take();
        if (size != null) {
            return size.getAsLong();
        }
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        Iterator<T> it = take();
        while (it.hasNext()) {
            if (predicate.test(it.next())) {
                return true;
            }
        }
        return false;
    }

    public boolean allMatch(Predicate<? super T> predicate) {
        Iterator<T> it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.next())) {
                return false;
            }
        }
        return true;
    }

    public boolean noneMatch(Predicate<? super T> predicate) {
        return !anyMatch(predicate);
    }

    public Optional<T> findFirst() {
        Iterator<T> it = take();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    /** Stream.builder(): elements kept in a list until build. */
    static final class ListBuilder<T> implements Stream.Builder<T> {
        private List<T> list = new ArrayList<>();

        public void accept(T t) {
            if (list == null) {
                throw new IllegalStateException();
            }
            list.add(t);
        }

        public Stream<T> build() {
            if (list == null) {
                throw new IllegalStateException();
            }
            List<T> l = list;
            list = null;
            return new RefStream<>(l.iterator(), Pipe.sized(l.size()), Pipe.create());
        }
    }
}

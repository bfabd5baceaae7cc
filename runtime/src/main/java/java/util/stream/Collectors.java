package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The usual collectors, with the JDK's containers (so maps iterate in the same order) and messages. */
public final class Collectors {
    private Collectors() {
    }

    private static final Set<Collector.Characteristics> ID =
            Collections.unmodifiableSet(EnumSet.of(Collector.Characteristics.IDENTITY_FINISH));
    private static final Set<Collector.Characteristics> NONE = Collections.emptySet();

    /** A collector from its parts. */
    record Impl<T, A, R>(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
            Function<A, R> finisher, Set<Collector.Characteristics> characteristics) implements Collector<T, A, R> {
    }

    @SuppressWarnings("unchecked")
    private static <T, A, R> Collector<T, A, R> id(Supplier<A> s, BiConsumer<A, T> acc) {
        return new Impl<>(s, acc, (a, b) -> a, a -> (R) a, ID);
    }

    private static <T, A, R> Collector<T, A, R> of(Supplier<A> s, BiConsumer<A, T> acc, Function<A, R> fin) {
        return new Impl<>(s, acc, (a, b) -> a, fin, NONE);
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        return id(collectionFactory, Collection::add);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return id(ArrayList::new, List::add);
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return of(ArrayList<T>::new, List::add, List::copyOf);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return id(HashSet::new, Set::add);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return of(HashSet<T>::new, Set::add, Set::copyOf);
    }

    public static Collector<CharSequence, ?, String> joining() {
        return of(StringBuilder::new, StringBuilder::append, StringBuilder::toString);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        return of(() -> new StringJoiner(delimiter, prefix, suffix), StringJoiner::add, StringJoiner::toString);
    }

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new Impl<>(downstream.supplier(), (A r, T t) -> acc.accept(r, mapper.apply(t)), downstream.combiner(),
                downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> mapper,
            Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new Impl<>(downstream.supplier(), (A r, T t) -> {
            Stream<? extends U> s = mapper.apply(t);
            if (s != null) {
                try {
                    s.forEach(u -> acc.accept(r, u));
                } finally {
                    s.close();
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate, Collector<? super T, A, R> downstream) {
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        return new Impl<>(downstream.supplier(), (A r, T t) -> {
            if (predicate.test(t)) {
                acc.accept(r, t);
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream, Function<R, RR> finisher) {
        Set<Collector.Characteristics> cs = downstream.characteristics();
        if (cs.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            cs = cs.size() == 1 ? NONE : without(cs, Collector.Characteristics.IDENTITY_FINISH);
        }
        return new Impl<>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                downstream.finisher().andThen(finisher), cs);
    }

    private static Set<Collector.Characteristics> without(Set<Collector.Characteristics> cs, Collector.Characteristics c) {
        Set<Collector.Characteristics> r = EnumSet.noneOf(Collector.Characteristics.class);
        for (Collector.Characteristics x : cs) {
            if (x != c) {
                r.add(x);
            }
        }
        return Collections.unmodifiableSet(r);
    }

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(e -> 1L);
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return of(() -> new int[1], (int[] a, T t) -> a[0] += mapper.applyAsInt(t), a -> a[0]);
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return of(() -> new long[1], (long[] a, T t) -> a[0] += mapper.applyAsLong(t), a -> a[0]);
    }

    /** Compensated (Kahan) summation as the JDK's, with the plain sum kept for infinities. */
    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return of(() -> new double[3], (double[] a, T t) -> {
            double v = mapper.applyAsDouble(t);
            sumWithCompensation(a, v);
            a[2] += v;
        }, Collectors::computeFinalSum);
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        return of(() -> new long[2], (long[] a, T t) -> {
            a[0] += mapper.applyAsInt(t);
            a[1]++;
        }, a -> a[1] == 0 ? 0.0d : (double) a[0] / a[1]);
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return of(() -> new long[2], (long[] a, T t) -> {
            a[0] += mapper.applyAsLong(t);
            a[1]++;
        }, a -> a[1] == 0 ? 0.0d : (double) a[0] / a[1]);
    }

    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return of(() -> new double[4], (double[] a, T t) -> {
            double v = mapper.applyAsDouble(t);
            sumWithCompensation(a, v);
            a[2]++;
            a[3] += v;
        }, a -> a[2] == 0 ? 0.0d : computeFinalSum(a) / a[2]);
    }

    /** One step of Kahan summation: a[0] the sum, a[1] the compensation. */
    static double[] sumWithCompensation(double[] a, double value) {
        double tmp = value - a[1];
        double sum = a[0];
        double velvel = sum + tmp;
        a[1] = (velvel - sum) - tmp;
        a[0] = velvel;
        return a;
    }

    /** The compensated sum, unless it is NaN where the plain sum (last element) is infinite. */
    static double computeFinalSum(double[] summands) {
        double tmp = summands[0] - summands[1];
        double simpleSum = summands[summands.length - 1];
        return Double.isNaN(tmp) && Double.isInfinite(simpleSum) ? simpleSum : tmp;
    }

    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return reducing(identity, Function.identity(), op);
    }

    @SuppressWarnings("unchecked")
    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper, BinaryOperator<U> op) {
        return of(() -> new Object[] {identity}, (Object[] a, T t) -> a[0] = op.apply((U) a[0], mapper.apply(t)), a -> (U) a[0]);
    }

    @SuppressWarnings("unchecked")
    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        // a[0]: the value so far, a[1]: non-null once there is one (the value itself may be null)
        return of(() -> new Object[2], (Object[] a, T t) -> {
            if (a[1] != null) {
                a[0] = op.apply((T) a[0], t);
            } else {
                a[0] = t;
                a[1] = Boolean.TRUE;
            }
        }, a -> Optional.ofNullable((T) a[0]));
    }

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, HashMap::new, toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, HashMap::new, downstream);
    }

    @SuppressWarnings("unchecked")
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(Function<? super T, ? extends K> classifier,
            Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        Supplier<A> ds = downstream.supplier();
        BiConsumer<A, ? super T> da = downstream.accumulator();
        BiConsumer<Map<K, A>, T> acc = (m, t) -> {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            da.accept(m.computeIfAbsent(key, k -> ds.get()), t);
        };
        Supplier<Map<K, A>> mf = (Supplier<Map<K, A>>) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return (Collector<T, ?, M>) (Collector<T, ?, ?>) id(mf, acc);
        }
        Function<A, A> df = (Function<A, A>) downstream.finisher();
        return of(mf, acc, m -> {
            m.replaceAll((k, v) -> df.apply(v));
            return (M) m;
        });
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
            Collector<? super T, A, D> downstream) {
        BiConsumer<A, ? super T> da = downstream.accumulator();
        Supplier<A> ds = downstream.supplier();
        Function<A, D> df = downstream.finisher();
        return of(() -> new Partition<A>(ds.get(), ds.get()),
                (Partition<A> p, T t) -> da.accept(predicate.test(t) ? p.forTrue : p.forFalse, t),
                p -> new Partition<D>(df.apply(p.forTrue), df.apply(p.forFalse)));
    }

    /** partitioningBy's map: false, then true. */
    static final class Partition<T> extends AbstractMap<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        @Override
        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    Map.Entry<Boolean, T> f = new SimpleImmutableEntry<>(false, forFalse);
                    Map.Entry<Boolean, T> t = new SimpleImmutableEntry<>(true, forTrue);
                    return List.of(f, t).iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Boolean;
        }

        @Override
        public T get(Object key) {
            if (key instanceof Boolean) {
                return (Boolean) key ? forTrue : forFalse;
            }
            return null;
        }
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        return id(HashMap::new, (Map<K, U> map, T t) -> {
            K k = keyMapper.apply(t);
            U v = Objects.requireNonNull(valueMapper.apply(t));
            U u = map.putIfAbsent(k, v);
            if (u != null) {
                throw new IllegalStateException(String.format("Duplicate key %s (attempted merging values %s and %s)", k, u, v));
            }
        });
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, HashMap::new);
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        return id(mapFactory, (M map, T t) -> map.merge(keyMapper.apply(t), valueMapper.apply(t), mergeFunction));
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        return collectingAndThen(toMap(keyMapper, valueMapper), Map::copyOf);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return collectingAndThen(toMap(keyMapper, valueMapper, mergeFunction), Map::copyOf);
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return id(IntSummaryStatistics::new, (IntSummaryStatistics r, T t) -> r.accept(mapper.applyAsInt(t)));
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return id(LongSummaryStatistics::new, (LongSummaryStatistics r, T t) -> r.accept(mapper.applyAsLong(t)));
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return id(DoubleSummaryStatistics::new, (DoubleSummaryStatistics r, T t) -> r.accept(mapper.applyAsDouble(t)));
    }

    @SuppressWarnings("unchecked")
    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, BiFunction<? super R1, ? super R2, R> merger) {
        Collector<T, Object, R1> c1 = (Collector<T, Object, R1>) downstream1;
        Collector<T, Object, R2> c2 = (Collector<T, Object, R2>) downstream2;
        return of(() -> new Object[] {c1.supplier().get(), c2.supplier().get()}, (Object[] a, T t) -> {
            c1.accumulator().accept(a[0], t);
            c2.accumulator().accept(a[1], t);
        }, a -> merger.apply(c1.finisher().apply(a[0]), c2.finisher().apply(a[1])));
    }
}

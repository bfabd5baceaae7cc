package java.util.stream;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/** A mutable reduction: a container, how elements go in, how containers merge, and the final result. */
public interface Collector<T, A, R> {
    Supplier<A> supplier();

    BiConsumer<A, T> accumulator();

    BinaryOperator<A> combiner();

    Function<A, R> finisher();

    Set<Characteristics> characteristics();

    static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator, BinaryOperator<R> combiner,
            Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Set<Characteristics> cs = EnumSet.noneOf(Characteristics.class);
        cs.add(Characteristics.IDENTITY_FINISH);
        for (Characteristics c : characteristics) {
            cs.add(c);
        }
        return new Collectors.Impl<>(supplier, accumulator, combiner, Function.identity(), Collections.unmodifiableSet(cs));
    }

    static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
            Function<A, R> finisher, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(finisher);
        Set<Characteristics> cs = EnumSet.noneOf(Characteristics.class);
        for (Characteristics c : characteristics) {
            cs.add(c);
        }
        return new Collectors.Impl<>(supplier, accumulator, combiner, finisher, Collections.unmodifiableSet(cs));
    }

    /** Properties a stream implementation may use to run a collector faster. */
    enum Characteristics {
        CONCURRENT,
        UNORDERED,
        IDENTITY_FINISH
    }
}

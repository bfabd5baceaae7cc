package java.util;

import java.util.function.IntFunction;
import java.util.function.Predicate;

/** The root interface of the collection hierarchy. (No spliterator: streams pull through the iterator.) */
public interface Collection<E> extends Iterable<E> {
    int size();

    boolean isEmpty();

    boolean contains(Object o);

    Iterator<E> iterator();

    Object[] toArray();

    <T> T[] toArray(T[] a);

    default <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(Collection<?> c);

    boolean addAll(Collection<? extends E> c);

    boolean removeAll(Collection<?> c);

    default boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }

    boolean retainAll(Collection<?> c);

    void clear();

    boolean equals(Object o);

    int hashCode();

    /** A sequential stream of the elements; its size (for count) and iterator are taken when it runs. */
    default java.util.stream.Stream<E> stream() {
        return java.util.stream.Streams.of(this::iterator, this::size);
    }

    /** OS2's streams are sequential. */
    default java.util.stream.Stream<E> parallelStream() {
        return stream();
    }
}

package bench;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A growable array with internal iterators, the benchmarks' own collection (so that
 * programs exercise the compiler on user code rather than on the class library).
 */
final class Vec<E> {
    private Object[] items;
    private int size;

    Vec() {
        this(8);
    }

    Vec(int capacity) {
        items = new Object[capacity < 1 ? 1 : capacity];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    E at(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("Vec index " + i + " size " + size);
        }
        return (E) items[i];
    }

    void atPut(int i, E e) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("Vec index " + i + " size " + size);
        }
        items[i] = e;
    }

    void append(E e) {
        if (size == items.length) {
            Object[] bigger = new Object[items.length * 2];
            System.arraycopy(items, 0, bigger, 0, size);
            items = bigger;
        }
        items[size++] = e;
    }

    @SuppressWarnings("unchecked")
    E removeLast() {
        E e = (E) items[--size];
        items[size] = null;
        return e;
    }

    @SuppressWarnings("unchecked")
    E first() {
        return size == 0 ? null : (E) items[0];
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            items[i] = null;
        }
        size = 0;
    }

    @SuppressWarnings("unchecked")
    void forEach(Consumer<? super E> fn) {
        for (int i = 0; i < size; i++) {
            fn.accept((E) items[i]);
        }
    }

    @SuppressWarnings("unchecked")
    boolean hasSome(Predicate<? super E> p) {
        for (int i = 0; i < size; i++) {
            if (p.test((E) items[i])) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    E findFirst(Predicate<? super E> p) {
        for (int i = 0; i < size; i++) {
            if (p.test((E) items[i])) {
                return (E) items[i];
            }
        }
        return null;
    }

    /** Removes every element equal (by identity) to e. */
    void remove(E e) {
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (items[i] != e) {
                items[j++] = items[i];
            }
        }
        for (int i = j; i < size; i++) {
            items[i] = null;
        }
        size = j;
    }
}

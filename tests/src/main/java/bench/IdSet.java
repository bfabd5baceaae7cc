package bench;

import java.util.function.Consumer;

/** A set of objects by identity, on top of {@link IdDict}. */
final class IdSet<E> {
    private final IdDict<E, Boolean> dict = new IdDict<>();

    /** Adds e; returns whether it was new. */
    boolean add(E e) {
        if (dict.containsKey(e)) {
            return false;
        }
        dict.atPut(e, Boolean.TRUE);
        return true;
    }

    boolean contains(E e) {
        return dict.containsKey(e);
    }

    int size() {
        return dict.size();
    }

    void forEach(Consumer<? super E> fn) {
        dict.forEach((k, v) -> fn.accept(k));
    }
}

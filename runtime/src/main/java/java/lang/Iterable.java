package java.lang;

import java.util.Iterator;
import java.util.function.Consumer;

/** Something the enhanced for statement can iterate over. */
public interface Iterable<T> {
    Iterator<T> iterator();

    default void forEach(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (T t : this) {
            action.accept(t);
        }
    }
}

package java.util.function;

/** A supplier of results. */
public interface Supplier<T> {
    T get();
}

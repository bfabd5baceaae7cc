package java.util.function;

/** A function producing a long. */
public interface ToLongFunction<T> {
    long applyAsLong(T value);
}

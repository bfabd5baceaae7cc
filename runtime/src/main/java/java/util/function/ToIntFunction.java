package java.util.function;

/** A function producing a int. */
public interface ToIntFunction<T> {
    int applyAsInt(T value);
}

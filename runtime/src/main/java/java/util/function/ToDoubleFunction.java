package java.util.function;

/** A function producing a double. */
public interface ToDoubleFunction<T> {
    double applyAsDouble(T value);
}

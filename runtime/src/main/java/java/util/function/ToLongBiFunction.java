package java.util.function;

/** A function of two arguments producing a long. */
public interface ToLongBiFunction<T, U> {
    long applyAsLong(T t, U u);
}

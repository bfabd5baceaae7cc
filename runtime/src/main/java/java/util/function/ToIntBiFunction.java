package java.util.function;

/** A function of two arguments producing a int. */
public interface ToIntBiFunction<T, U> {
    int applyAsInt(T t, U u);
}

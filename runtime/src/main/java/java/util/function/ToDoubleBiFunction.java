package java.util.function;

/** A function of two arguments producing a double. */
public interface ToDoubleBiFunction<T, U> {
    double applyAsDouble(T t, U u);
}

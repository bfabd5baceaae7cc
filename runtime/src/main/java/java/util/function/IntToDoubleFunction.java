package java.util.function;

/** A function from int to double. */
public interface IntToDoubleFunction {
    double applyAsDouble(int value);
}

package java.util.function;

/** A function from long to double. */
public interface LongToDoubleFunction {
    double applyAsDouble(long value);
}

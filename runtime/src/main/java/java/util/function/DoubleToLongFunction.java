package java.util.function;

/** A function from double to long. */
public interface DoubleToLongFunction {
    long applyAsLong(double value);
}

package java.util.function;

/** A function from double to int. */
public interface DoubleToIntFunction {
    int applyAsInt(double value);
}

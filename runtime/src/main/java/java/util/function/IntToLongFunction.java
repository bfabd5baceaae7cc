package java.util.function;

/** A function from int to long. */
public interface IntToLongFunction {
    long applyAsLong(int value);
}

package java.util.function;

/** A function from long to int. */
public interface LongToIntFunction {
    int applyAsInt(long value);
}

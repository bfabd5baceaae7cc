package java.util.function;

/** A function from int to R. */
public interface IntFunction<R> {
    R apply(int value);
}

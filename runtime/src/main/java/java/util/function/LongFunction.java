package java.util.function;

/** A function from long to R. */
public interface LongFunction<R> {
    R apply(long value);
}

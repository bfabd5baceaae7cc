package java.util.function;

/** A supplier of long results. */
public interface LongSupplier {
    long getAsLong();
}

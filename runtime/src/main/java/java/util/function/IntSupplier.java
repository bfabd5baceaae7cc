package java.util.function;

/** A supplier of int results. */
public interface IntSupplier {
    int getAsInt();
}

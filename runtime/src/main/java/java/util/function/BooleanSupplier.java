package java.util.function;

/** A supplier of boolean results. */
public interface BooleanSupplier {
    boolean getAsBoolean();
}

package java.util.function;

/** A supplier of double results. */
public interface DoubleSupplier {
    double getAsDouble();
}

package java.util.function;

/** An operation on two double operands producing a double. */
public interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}

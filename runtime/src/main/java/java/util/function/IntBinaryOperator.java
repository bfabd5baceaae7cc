package java.util.function;

/** An operation on two int operands producing a int. */
public interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}

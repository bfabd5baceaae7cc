package java.util.function;

/** An operation on two long operands producing a long. */
public interface LongBinaryOperator {
    long applyAsLong(long left, long right);
}

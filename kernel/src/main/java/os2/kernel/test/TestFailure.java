package os2.kernel.test;

/** A self-test assertion that did not hold; its message is the FAIL reason. */
public final class TestFailure extends RuntimeException {
    public TestFailure(String message) {
        super(message);
    }
}

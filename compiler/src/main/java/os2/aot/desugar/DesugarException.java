package os2.aot.desugar;

/**
 * Thrown when a class contains an {@code invokedynamic} (or dynamic constant) the desugaring stage
 * cannot rewrite into plain bytecode. The message is one line naming the class, method and bootstrap.
 */
public final class DesugarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DesugarException(String message) {
        super(message);
    }
}

package os2.aot;

/** A user-facing compilation error: one clear line, with the Java location when known. */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CompileError(String message) {
        super(message);
    }
}

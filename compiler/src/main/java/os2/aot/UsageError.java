package os2.aot;

/** A bad command line: reported with the usage text, exit status 2. */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}

package os2.kernel.panic;

/** The throwable a panic creates at the panic point: its stack trace is the report. */
public final class KernelPanic extends RuntimeException {
    public KernelPanic(String message, Throwable cause) {
        super(message, cause);
    }
}

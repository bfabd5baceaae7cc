package java.lang;

/** A static initializer ended with an exception (which is this error's cause). */
public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() {
        initCause(null);
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String message) {
        super(message, null);
    }

    /** The exception the initializer threw. */
    public Throwable getException() {
        return getCause();
    }
}

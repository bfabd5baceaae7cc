package java.time;

/** The exception of the date and time classes: an invalid value, an unsupported field or unit, a failed parse. */
public class DateTimeException extends RuntimeException {
    public DateTimeException(String message) {
        super(message);
    }

    public DateTimeException(String message, Throwable cause) {
        super(message, cause);
    }
}

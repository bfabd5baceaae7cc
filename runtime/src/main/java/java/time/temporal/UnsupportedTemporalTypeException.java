package java.time.temporal;

import java.time.DateTimeException;

/** A field or unit that the date/time object does not have (e.g. hours of a LocalDate). */
public class UnsupportedTemporalTypeException extends DateTimeException {
    public UnsupportedTemporalTypeException(String message) {
        super(message);
    }

    public UnsupportedTemporalTypeException(String message, Throwable cause) {
        super(message, cause);
    }
}

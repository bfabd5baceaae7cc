package java.util;

/** Unchecked exception thrown when a format string contains an illegal syntax or a specifier incompatible with its arguments. */
public class IllegalFormatException extends IllegalArgumentException {
    /** Only subclasses are thrown. */
    IllegalFormatException() {
    }
}

package java.util;

/** Thrown for an illegal combination of flags. */
public class IllegalFormatFlagsException extends IllegalFormatException {
    private final String f;

    public IllegalFormatFlagsException(String f) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.f = f;
    }

    public String getFlags() {
        return f;
    }

    @Override
    public String getMessage() {
        return "Flags = '" + f + "'";
    }
}

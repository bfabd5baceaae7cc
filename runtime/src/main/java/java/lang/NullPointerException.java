package java.lang;

/** Use of null where an object is required. */
public class NullPointerException extends RuntimeException {
    /** The helpful message of a failed null check (a C string from the compiler), decoded when first asked for. */
    private long helpful;
    private String decoded;

    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }

    NullPointerException(long helpful) {
        super();
        this.helpful = helpful;
    }

    /** Like the JVM's: the message given, else for a null check of the program's code, what was null and why. */
    @Override
    public String getMessage() {
        String m = super.getMessage();
        if (m == null && helpful != 0) {
            if (decoded == null) {
                decoded = VMHelper.cString(helpful);
            }
            return decoded;
        }
        return m;
    }
}

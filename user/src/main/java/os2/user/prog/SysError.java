package os2.user.prog;

/**
 * An operation of the file system or the OS that failed; the message is the reason alone,
 * in the words of the C library's strerror ("No such file or directory"), so that programs
 * can print GNU's "PROG: NAME: REASON" lines. The constants are the reasons programs use.
 */
public class SysError extends Exception {
    public static final String NO_ENTRY = "No such file or directory";
    public static final String NOT_DIR = "Not a directory";
    public static final String IS_DIR = "Is a directory";
    public static final String EXISTS = "File exists";
    public static final String NOT_EMPTY = "Directory not empty";
    public static final String READ_ONLY = "Read-only file system";
    public static final String DENIED = "Permission denied";
    public static final String NOT_PERMITTED = "Operation not permitted";
    public static final String INVALID = "Invalid argument";
    public static final String NO_PROCESS = "No such process";
    public static final String UNSUPPORTED = "Operation not supported";

    /** reason is e.g. {@link #NO_ENTRY}. */
    public SysError(String reason) {
        super(reason);
    }
}

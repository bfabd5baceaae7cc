package os2.user.fs;

/** A cpio archive that cannot be read: the message says what is wrong and at which byte offset. */
public final class CpioException extends Exception {
    /** message names the problem and its offset. */
    public CpioException(String message) {
        super(message);
    }
}

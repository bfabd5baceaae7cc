package os2.user.fs;

/** A file-system operation the server refused: {@link #code} is one of FsProto's errors, the message its reason. */
public final class FsException extends Exception {
    private final int code;

    public FsException(int code) {
        super(FsProto.reason(code));
        this.code = code;
    }

    /** The error code (a negated Linux errno, e.g. {@link FsProto#EROFS}). */
    public int code() {
        return code;
    }
}

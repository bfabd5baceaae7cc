package os2.user;

/** A system call returned an error code (docs/SYSCALLS.md, "Error codes"). */
public class SysException extends RuntimeException {
    private final long code;

    public SysException(String call, long code) {
        super(call + ": " + Sys.errorName(code));
        this.code = code;
    }

    /** The negative error code, e.g. {@link Sys#E_NOENT}. */
    public long code() {
        return code;
    }
}

package os2.kernel.task;

/** Why a task could not be started: a system-call error code and a reason for the log. */
public final class SpawnError extends Exception {
    private final long code;

    public SpawnError(long code, String reason) {
        super(reason);
        this.code = code;
    }

    /** The negative error code SPAWN returns (docs/SYSCALLS.md). */
    public long code() {
        return code;
    }
}

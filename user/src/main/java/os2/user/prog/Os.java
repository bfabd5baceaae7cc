package os2.user.prog;

import java.util.List;

/**
 * The operating system as the programs ps, kill, mem, caps, sleep, date, uptime and time see
 * it. On OS2 it is {@link OsSystem} (system calls through the capabilities the program was
 * given); tests use a fake. What the OS cannot tell is a {@link SysError} (e.g. "Operation
 * not supported": the default of every call an implementation leaves out), or the
 * documented "unknown" value of a field.
 */
public interface Os {
    /** A field whose value the OS does not report. */
    long UNKNOWN = -1;

    /** One task: id, name (its program), state word ("running", "blocked"...), frames mapped or UNKNOWN, capabilities and regions held. */
    record TaskInfo(long id, String name, String state, long frames, long caps, long regions) {
    }

    /** The tasks alive, by increasing id. */
    default List<TaskInfo> tasks() throws SysError {
        throw new SysError(SysError.UNSUPPORTED);
    }

    /** The id of the calling task. */
    default long selfId() throws SysError {
        throw new SysError(SysError.UNSUPPORTED);
    }

    /** Ends the task with that id (NO_PROCESS if there is none, NOT_PERMITTED if the caller may not). */
    default void kill(long id) throws SysError {
        throw new SysError(SysError.UNSUPPORTED);
    }

    /**
     * Memory: physical frames (of frameSize bytes) free and in all, the user regions of every
     * task, the kernel heap's live bytes after its last collection and its size (UNKNOWN if
     * not reported).
     */
    record Memory(long framesFree, long framesTotal, long frameSize, long regions, long heapLive, long heapSize) {
    }

    default Memory memory() throws SysError {
        throw new SysError(SysError.UNSUPPORTED);
    }

    /** One of the caller's capabilities: its start slot, handle (hex), kind number and name, rights bits. */
    record Capability(int slot, String handle, int kind, String kindName, long rights) {
    }

    /** The capabilities the caller holds in its start slots. */
    default List<Capability> capabilities() throws SysError {
        throw new SysError(SysError.UNSUPPORTED);
    }

    /** The names of the rights bits, lowest first (bit i is RIGHTS[i]). */
    List<String> RIGHTS = List.of("read", "write", "exec", "map", "transfer", "duplicate", "revoke", "wait", "kill",
            "alloc", "connect", "listen");

    /** Monotonic nanoseconds since boot. */
    long nanoTime();

    /** Milliseconds since 1970-01-01 UTC, or UNKNOWN if the OS does not know the time of day. */
    long wallMillis();

    /** Sleeps for at least millis milliseconds. */
    default void sleep(long millis) throws SysError {
        throw new SysError(SysError.UNSUPPORTED);
    }

    /** No OS at all: every figure is unsupported; the clock is the runtime's. */
    Os NONE = new Os() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long wallMillis() {
            return UNKNOWN;
        }
    };
}

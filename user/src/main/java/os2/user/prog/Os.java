package os2.user.prog;

import java.util.List;

/**
 * The operating system as the programs ps, kill, mem, caps, sleep, date, uptime and time see
 * it. On OS2 it is {@link OsSystem} (system calls through the capabilities the program was
 * given); tests use a fake. What the OS cannot tell is a {@link SysError} (e.g. "Operation
 * not supported"), or the documented "unknown" value of a field.
 */
public interface Os {
    /** A field whose value the OS does not report. */
    long UNKNOWN = -1;

    /** One task: id, name (its program), state word ("running", "blocked"...), frames mapped or UNKNOWN, capabilities and regions held. */
    record TaskInfo(long id, String name, String state, long frames, long caps, long regions) {
    }

    /** The tasks alive, by increasing id. */
    List<TaskInfo> tasks() throws SysError;

    /** The id of the calling task. */
    long selfId() throws SysError;

    /** Ends the task with that id (NO_PROCESS if there is none, NOT_PERMITTED if the caller may not). */
    void kill(long id) throws SysError;

    /**
     * Memory: physical frames (of frameSize bytes) free and in all, the user regions of every
     * task, the kernel heap's live bytes after its last collection and its size (UNKNOWN if
     * not reported).
     */
    record Memory(long framesFree, long framesTotal, long frameSize, long regions, long heapLive, long heapSize) {
    }

    Memory memory() throws SysError;

    /** One of the caller's capabilities: its start slot, handle (hex), kind number and name, rights bits. */
    record Capability(int slot, String handle, int kind, String kindName, long rights) {
    }

    /** The capabilities the caller holds in its start slots. */
    List<Capability> capabilities() throws SysError;

    /** The names of the rights bits, lowest first (bit i is RIGHTS[i]). */
    List<String> RIGHTS = List.of("read", "write", "exec", "map", "transfer", "duplicate", "revoke", "wait", "kill",
            "alloc", "connect", "listen");

    /** Monotonic nanoseconds since boot. */
    long nanoTime();

    /** Milliseconds since 1970-01-01 UTC, or UNKNOWN if the OS does not know the time of day. */
    long wallMillis();

    /** Sleeps for at least millis milliseconds. */
    void sleep(long millis) throws SysError;

    /** No OS at all: every figure is unsupported; the clock is the runtime's. */
    Os NONE = new Os() {
        @Override
        public List<TaskInfo> tasks() throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        @Override
        public long selfId() throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        @Override
        public void kill(long id) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        @Override
        public Memory memory() throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        @Override
        public List<Capability> capabilities() throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long wallMillis() {
            return UNKNOWN;
        }

        @Override
        public void sleep(long millis) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }
    };
}

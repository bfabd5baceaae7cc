package os2.user;

/**
 * A task this one started ({@link Spawn}), as its handle: {@link #waitFor} gives its exit
 * status (WAIT on its task-exit event), {@link #kill} ends it, {@link #close} drops the
 * handle. Also the caller's own {@link Info} (TASK_INFO) and the system's (SYS_INFO).
 */
public final class Task implements AutoCloseable {
    private final Handle handle;
    private final String name;
    private boolean closed;

    Task(Handle handle, String name) {
        this.handle = handle;
        this.name = name;
    }

    /** A task from a handle received in a message or grant; name is for messages only. */
    public static Task of(Handle handle, String name) {
        return new Task(handle, name);
    }

    /**
     * Starts the boot module called module with args, giving it our standard input, output,
     * error and memory (slots 0-3) and nothing else: the common case of {@link Spawn}.
     */
    public static Task spawn(String module, String... args) {
        return Spawn.module(module).args(args).stdio().start();
    }

    /** The kernel's handle (the arg of an EV_TASK_EXIT event). */
    public Handle handle() {
        return handle;
    }

    public String name() {
        return name;
    }

    /** The task's id, as ps and the kernel's reports show it (CAP_INFO tells it for a task handle). */
    public long id() {
        return Cap.info(handle).base();
    }

    /** Blocks until the task has ended; its exit status (valid again and again until close). */
    public int waitFor() {
        long[] ev = {Sys.EV_TASK_EXIT, handle.lo(), handle.hi(), 0};
        Sys.check(Sys.waitEvents(ev, 1), "WAIT");
        return (int) ev[3];
    }

    /** Ends the task (status 255); its waiters wake. */
    public void kill() {
        Sys.check(Sys.taskKill(handle.lo(), handle.hi()), "TASK_KILL");
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Cap.close(handle);
        }
    }

    @Override
    public String toString() {
        return "Task[" + name + ", " + handle + "]";
    }

    /** What TASK_INFO reports about the calling task. */
    public record Info(long id, long regions, long frames, long tableFrames, long handles) {
    }

    /** The calling task's TASK_INFO. */
    public static Info info() {
        long[] b = new long[5];
        Sys.check(Sys.taskInfo(b), "TASK_INFO");
        return new Info(b[0], b[1], b[2], b[3], b[4]);
    }

    /** What SYS_INFO reports about the whole system. */
    public record SystemInfo(long freeFrames, long kernelHeapLive, long tasks, long totalFrames, long caps) {
    }

    /** SYS_INFO through a system capability (init's start slot 5). */
    public static SystemInfo systemInfo(Handle system) {
        long[] b = new long[5];
        Sys.check(Sys.sysInfo(system.lo(), system.hi(), b), "SYS_INFO");
        return new SystemInfo(b[0], b[1], b[2], b[3], b[4]);
    }
}

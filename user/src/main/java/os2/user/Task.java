package os2.user;

/**
 * A task started from a boot module (SPAWN), as its handle: {@link #waitFor} gives its
 * exit status (WAIT on its task-exit event), {@link #close} gives the handle back.
 * Also the caller's own {@link Info} (TASK_INFO).
 */
public final class Task implements AutoCloseable {
    private final long handle;
    private final String module;
    private boolean closed;

    Task(long handle, String module) {
        this.handle = handle;
        this.module = module;
    }

    /** Starts the boot module called module (its file name) with args as its argv. */
    public static Task spawn(String module, String... args) {
        return new Task(Sys.check(Sys.spawn(module, args), "SPAWN " + module), module);
    }

    /** Starts the ELF program in image (e.g. built or received in memory) with args; name is for messages only. */
    public static Task spawnImage(String name, byte[] image, String... args) {
        return new Task(Sys.check(Sys.spawnImage(image, args), "SPAWN_IMAGE " + name), name);
    }

    /** The whole boot module called name (e.g. to start it with {@link #spawnImage}). */
    public static byte[] readModule(String name) {
        long size = Sys.check(Sys.moduleRead(name, 0, new byte[0], 0, 0), "MODULE_READ " + name);
        if (size > Integer.MAX_VALUE - 16) {
            throw new SysException("MODULE_READ " + name, Sys.E_TOOBIG);
        }
        byte[] b = new byte[(int) size];
        int done = 0;
        while (done < b.length) {
            long n = Sys.check(Sys.moduleRead(name, done, b, done, b.length - done), "MODULE_READ " + name);
            if (n == 0) {
                throw new IllegalStateException("module " + name + " ended at " + done + " of " + size + " bytes");
            }
            done += (int) n;
        }
        return b;
    }

    /** The kernel's handle (the arg of an EV_TASK_EXIT event). */
    public long handle() {
        return handle;
    }

    public String module() {
        return module;
    }

    /** Blocks until the task has ended; its exit status (valid again and again until close). */
    public int waitFor() {
        long[] ev = {Sys.EV_TASK_EXIT, handle, 0};
        Sys.check(Sys.waitEvents(ev, 1), "WAIT");
        return (int) ev[2];
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Sys.check(Sys.close(handle), "CLOSE");
        }
    }

    @Override
    public String toString() {
        return "Task[" + module + ", handle " + handle + "]";
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
    public record SystemInfo(long freeFrames, long kernelHeapLive, long tasks, long totalFrames) {
    }

    public static SystemInfo systemInfo() {
        long[] b = new long[4];
        Sys.check(Sys.sysInfo(b), "SYS_INFO");
        return new SystemInfo(b[0], b[1], b[2], b[3]);
    }
}

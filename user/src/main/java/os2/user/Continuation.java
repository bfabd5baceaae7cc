package os2.user;

/**
 * A piece of a user program's work that runs to completion and says what comes next by
 * its {@link Result}, as the kernel's own continuations do. Usually a lambda; the
 * capabilities it needs travel with it as captured {@link Handle}s, {@link Endpoint}s or
 * {@link Task}s, and it hands them on to the continuations it returns. Run by an
 * {@link EventLoop}.
 */
@FunctionalInterface
public interface Continuation {
    Result run();

    /** A continuation that receives the exit status of the task it waited for. */
    @FunctionalInterface
    interface OnExit {
        Result run(int status);
    }

    /** A continuation that receives a message (its bytes, and the capabilities it moved to us). */
    @FunctionalInterface
    interface OnMessage {
        Result run(Message message);
    }
}

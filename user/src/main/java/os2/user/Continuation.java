package os2.user;

/**
 * A piece of a user program's work that runs to completion and says what comes next by
 * its {@link Result}, as the kernel's own continuations do. Usually a lambda; run by an
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
}

package os2.kernel.sched;

/**
 * An (event kind, continuation) pair of a {@link Result.Success}: the continuation runs
 * when its event happens. Each kind is one record; adding a kind (task exit, message,
 * network) means a new record here and one case in {@link Scheduler#submit}.
 */
public sealed interface Successor permits Successor.Now, Successor.Until, Successor.Keyboard {
    /** Run as soon as possible (after the continuations already ready: FIFO). */
    record Now(Continuation next) implements Successor {
    }

    /** Run once the monotonic clock reaches deadlineNanos. */
    record Until(long deadlineNanos, Continuation next) implements Successor {
    }

    /** Run with the next typed character (keyboard or serial). */
    record Keyboard(KeyContinuation next) implements Successor {
    }
}

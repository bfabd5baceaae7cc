package os2.user;

/**
 * An (event, continuation) pair of a {@link Result}: the continuation runs when its event
 * happens. Each event kind is one record; {@link EventLoop} handles each in one switch.
 */
public sealed interface Successor permits Successor.Now, Successor.Until, Successor.Input, Successor.TaskExit {
    /** Run as soon as possible, after the continuations already ready (FIFO). */
    record Now(Continuation next) implements Successor {
    }

    /** Run once the monotonic clock reaches deadline (nanoseconds, as {@link Time#now}). */
    record Until(long deadline, Continuation next) implements Successor {
    }

    /** Run when console input is there (the next read does not block); one waiter per arrival. */
    record Input(Continuation next) implements Successor {
    }

    /** Run with the exit status of task once it has ended. */
    record TaskExit(Task task, Continuation.OnExit next) implements Successor {
    }
}

package os2.kernel.sched;

/**
 * An (event, continuation) pair: the continuation runs when its event happens. One
 * successor is itself a {@link Result}; several go in a {@link Result.Success}. The scheduler itself watches the clock and console input (the
 * kinds below that it polls); every other event source is a {@link Waitable} that
 * wakes its waiters itself, so a new kind of event (task exit, message, ...) is one
 * new Waitable class and no change here or in {@link Scheduler}.
 */
public sealed interface Successor extends Result
        permits Successor.Now, Successor.Until, Successor.Keyboard, Successor.InputReady, Successor.On {
    /** The continuation to run. */
    Object next();

    /** Run as soon as possible (after the continuations already ready: FIFO). */
    record Now(Continuation next) implements Successor {
    }

    /** Run once the monotonic clock reaches deadlineNanos. */
    record Until(long deadlineNanos, Continuation next) implements Successor {
    }

    /** Run with the next typed character (keyboard or serial), which it consumes. */
    record Keyboard(KeyContinuation next) implements Successor {
    }

    /** Run once console input is waiting (it is not consumed: the continuation reads it). */
    record InputReady(Continuation next) implements Successor {
    }

    /** Run when source fires (task exit, message, ...). */
    record On(Waitable source, Continuation next) implements Successor {
    }
}

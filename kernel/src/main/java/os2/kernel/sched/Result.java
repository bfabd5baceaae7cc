package os2.kernel.sched;

import java.util.List;

/**
 * What a continuation returns: successors to schedule, an error handler, or nothing. The
 * common cases are one object each: a single successor is its own Result ({@link
 * Successor} extends this interface), and "run next now" is the continuation itself
 * ({@link Continuation} does too, so {@link #now} allocates nothing). docs/BENCHMARKS.md,
 * "Fourth round": the wrapper, its list and their arrays were four of the six allocations
 * of a dispatch.
 */
public sealed interface Result permits Result.Success, Result.Error, Result.Done, Successor, Continuation {
    /** Schedule every successor; they run independently, in any order. */
    record Success(List<Successor> successors) implements Result {
    }

    /** The work failed; handler runs next (and is counted as an error). */
    record Error(Continuation handler) implements Result {
        public Error {
            if (handler == null) {
                throw new NullPointerException("Result.error: null handler");
            }
        }
    }

    /** Nothing follows. */
    final class Done implements Result {
        private Done() {
        }
    }

    /** The one Done (no allocation to finish). */
    Done DONE = new Done();

    static Result done() {
        return DONE;
    }

    // A null successor is refused where it is made, so the NullPointerException's trace
    // names the continuation that made it (Scheduler.dispatch counts it as that one's
    // crash). An inline test rather than Objects.requireNonNull: no call on the hot path.

    static Result now(Continuation next) {
        if (next == null) {
            throw new NullPointerException("Result.now: null continuation");
        }
        return next;   // a continuation as a Result runs now (after those already ready)
    }

    static Result until(long deadlineNanos, Continuation next) {
        if (next == null) {
            throw new NullPointerException("Result.until: null continuation");
        }
        return new Successor.Until(deadlineNanos, next);
    }

    static Result key(KeyContinuation next) {
        if (next == null) {
            throw new NullPointerException("Result.key: null continuation");
        }
        return new Successor.Keyboard(next);
    }

    static Result all(Successor... successors) {
        return new Success(List.of(successors));
    }

    static Result error(Continuation handler) {
        return new Error(handler);
    }
}

package os2.kernel.sched;

import java.util.List;

/**
 * What a continuation returns: successors to schedule, an error handler, or nothing. A
 * single successor is its own Result ({@link Successor} extends this interface), so the
 * common case, one event and one continuation, is one small object: no list, no wrapper
 * (docs/BENCHMARKS.md, "Fourth round": the wrapper, the list and its array were three of
 * the five allocations of a dispatch).
 */
public sealed interface Result permits Result.Success, Result.Error, Result.Done, Successor {
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
        return new Successor.Now(next);
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

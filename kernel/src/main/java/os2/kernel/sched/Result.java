package os2.kernel.sched;

import java.util.List;
import java.util.Objects;

/** What a continuation returns: successors to schedule, an error handler, or nothing. */
public sealed interface Result permits Result.Success, Result.Error, Result.Done {
    /** Schedule every successor; they run independently, in any order. */
    record Success(List<Successor> successors) implements Result {
    }

    /** The work failed; handler runs next (and is counted as an error). */
    record Error(Continuation handler) implements Result {
        public Error {
            Objects.requireNonNull(handler, "Result.error: null handler");
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
    // names the continuation that made it (Scheduler.dispatch counts it as that one's crash).

    static Result now(Continuation next) {
        return new Success(List.of(new Successor.Now(Objects.requireNonNull(next, "Result.now: null continuation"))));
    }

    static Result until(long deadlineNanos, Continuation next) {
        return new Success(List.of(new Successor.Until(deadlineNanos,
                Objects.requireNonNull(next, "Result.until: null continuation"))));
    }

    static Result key(KeyContinuation next) {
        return new Success(List.of(new Successor.Keyboard(Objects.requireNonNull(next, "Result.key: null continuation"))));
    }

    static Result all(Successor... successors) {
        return new Success(List.of(successors));
    }

    static Result error(Continuation handler) {
        return new Error(handler);
    }
}

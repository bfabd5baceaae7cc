package os2.user;

import java.util.List;

/** What a {@link Continuation} returns: the successors to schedule, or nothing. */
public sealed interface Result permits Result.Next, Result.Done {
    /** Schedule every successor; each runs when its own event happens. */
    record Next(List<Successor> successors) implements Result {
    }

    /** Nothing follows. */
    final class Done implements Result {
        private Done() {
        }
    }

    /** The one Done. */
    Done DONE = new Done();

    static Result done() {
        return DONE;
    }

    static Result now(Continuation next) {
        return new Next(List.of(new Successor.Now(next)));
    }

    static Result until(long deadline, Continuation next) {
        return new Next(List.of(new Successor.Until(deadline, next)));
    }

    /** After nanos nanoseconds from now. */
    static Result after(long nanos, Continuation next) {
        return until(Time.now() + nanos, next);
    }

    /** Run next every periodNanos until it returns {@link #done()} (see {@link Successor.Every}). */
    static Result every(long periodNanos, Continuation next) {
        return new Next(List.of(new Successor.Every(periodNanos, next)));
    }

    /** For a {@link Successor.Every} continuation: keep the period running, schedule nothing else. */
    static Result again() {
        return new Next(List.of());
    }

    static Result input(Continuation next) {
        return new Next(List.of(new Successor.Input(next)));
    }

    static Result taskExit(Task task, Continuation.OnExit next) {
        return new Next(List.of(new Successor.TaskExit(task, next)));
    }

    /** Run next with the next message on endpoint. */
    static Result message(Endpoint endpoint, Continuation.OnMessage next) {
        return new Next(List.of(new Successor.Message(endpoint, next)));
    }

    /** Several successors at once (a fork): each runs on its own event. */
    static Result all(Successor... successors) {
        return new Next(List.of(successors));
    }
}

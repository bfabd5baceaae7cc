package os2.user;

/**
 * An (event, continuation) pair of a {@link Result}: the continuation runs when its event
 * happens. Each event kind is one record; {@link EventLoop} handles each in one switch.
 */
public sealed interface Successor permits Successor.Now, Successor.Until, Successor.Every, Successor.Input,
        Successor.TaskExit, Successor.Message, Successor.PeerClosed, Successor.Revoked {
    /** Run as soon as possible, after the continuations already ready (FIFO). */
    record Now(Continuation next) implements Successor {
    }

    /** Run once the monotonic clock reaches deadline (nanoseconds, as {@link Time#now}). */
    record Until(long deadline, Continuation next) implements Successor {
    }

    /**
     * Run next every periodNanos (first one period after it is submitted), until next returns
     * {@link Result#done()}. Any other result keeps the period running and schedules that
     * result's successors as well (return {@link Result#again()} to add nothing). Ticks keep a
     * fixed rate (each deadline is the previous one plus the period, so a slow tick does not
     * shift the later ones); ticks missed while the loop was busy are skipped, not run in a
     * burst: the next deadline is then one period after the late run.
     */
    record Every(long periodNanos, Continuation next) implements Successor {
        public Every {
            if (periodNanos <= 0) {
                throw new IllegalArgumentException("Every: the period must be positive, not " + periodNanos + " ns");
            }
        }
    }

    /** Run when input is there on console (the next read does not block); one waiter per arrival. */
    record Input(Handle console, Continuation next) implements Successor {
        /** Input on standard input (start slot 0). */
        public Input(Continuation next) {
            this(Caps.stdin(), next);
        }
    }

    /** Run with the exit status of task once it has ended. */
    record TaskExit(Task task, Continuation.OnExit next) implements Successor {
    }

    /**
     * Run with the next message on endpoint (received for it by the loop); one waiter per
     * message, in order. If the peer closes and nothing is queued, the waiter is dropped
     * (wait for {@link PeerClosed} to learn of it).
     */
    record Message(Endpoint endpoint, Continuation.OnMessage next) implements Successor {
    }

    /**
     * Run once endpoint's peer is closed. Messages still queued can be received; the
     * loop gives them to {@link Message} waiters on the same endpoint first.
     */
    record PeerClosed(Endpoint endpoint, Continuation next) implements Successor {
    }

    /** Run once the capability h is revoked (or its object destroyed): h is dead then. */
    record Revoked(Handle h, Continuation next) implements Successor {
    }
}

package os2.user;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs continuations the way the kernel does, inside one user task: ready ones FIFO, and
 * when none is ready, one WAIT on the events the pending successors need (the earliest
 * deadline, input, each awaited task's exit, each endpoint's next message and its peer's
 * closing, each watched capability's revocation: one entry per distinct handle), then
 * the successors of the event that fired. The loop ends when nothing is ready or
 * pending. A continuation's exception leaves {@link #run} (in a program, that is the
 * uncaught-exception exit).
 */
public final class EventLoop {
    /** Where time, events and messages come from: the kernel, or a fake in tests. */
    public interface Kernel {
        /** Monotonic nanoseconds (CLOCK). */
        long now();

        /** WAIT on count (kind, arg lo, arg hi, value) entries; the index of the one that fired, value filled in. */
        long waitEvents(long[] events, int count);

        /** The first message queued on endpoint, without blocking; null if there is none. */
        Message receive(Endpoint endpoint);
    }

    /** The real kernel through system calls. */
    public static final Kernel SYSCALLS = new Kernel() {
        @Override
        public long now() {
            return Sys.clock();
        }

        @Override
        public long waitEvents(long[] events, int count) {
            return Sys.waitEvents(events, count);
        }

        @Override
        public Message receive(Endpoint endpoint) {
            return endpoint.poll();
        }
    };

    private static final int[] ORDER = {Sys.EV_INPUT, Sys.EV_TASK_EXIT, Sys.EV_MESSAGE, Sys.EV_PEER_CLOSED,
        Sys.EV_REVOKED};

    private final Kernel kernel;
    private final ArrayDeque<Continuation> ready = new ArrayDeque<>();
    private final List<Successor.Until> timers = new ArrayList<>();
    /** Everything else that waits, in submission order (FIFO among waiters of one event). */
    private final List<Successor> waiting = new ArrayList<>();
    private final long[] events = new long[Sys.WAIT_MAX * Sys.EVENT_LONGS];
    private long dispatched;
    private long waits;

    public EventLoop(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Runs first and everything that follows from it on the real kernel. */
    public static void start(Continuation first) {
        new EventLoop(SYSCALLS).run(first);
    }

    /** Runs first, then its successors, until nothing is ready or waiting. */
    public void run(Continuation first) {
        ready.add(first);
        while (true) {
            Continuation c = ready.poll();
            if (c != null) {
                dispatch(c);
            } else if (!timers.isEmpty() || !waiting.isEmpty()) {
                waitOnce();
            } else {
                return;
            }
        }
    }

    /** Continuations run so far. */
    public long dispatched() {
        return dispatched;
    }

    /** WAIT calls made so far. */
    public long waits() {
        return waits;
    }

    private void dispatch(Continuation c) {
        dispatched++;
        Result r = c.run();
        if (r == null) {
            throw new NullPointerException("a continuation returned null (return Result.done() to finish)");
        }
        if (r instanceof Result.Next n) {
            for (Successor s : n.successors()) {
                submit(s);
            }
        }
    }

    private void submit(Successor s) {
        if (s == null) {
            throw new NullPointerException("a null successor");
        }
        if (s instanceof Successor.Now n) {
            ready.add(requireNonNull(n.next()));
            return;
        }
        if (s instanceof Successor.Until u) {
            requireNonNull(u.next());
            timers.add(u);
            return;
        }
        if (s instanceof Successor.Every e) {
            long first = kernel.now() + e.periodNanos();
            timers.add(new Successor.Until(first, periodic(first, e.periodNanos(), requireNonNull(e.next()))));
            return;
        }
        requireNonNull(next(s));
        if (handle(s) == null) {
            throw new NullPointerException("a " + s.getClass().getSimpleName() + " successor without its capability");
        }
        waiting.add(s);
    }

    /**
     * A tick of a {@link Successor.Every} due at deadline: runs next, and unless it is done,
     * returns its successors plus the next tick (an ordinary timer, so a periodic event costs
     * nothing beyond one timer entry).
     */
    private Continuation periodic(long deadline, long period, Continuation next) {
        return () -> {
            Result r = next.run();
            if (!(r instanceof Result.Next n)) {
                return r;   // done, or null (which dispatch reports)
            }
            long following = deadline + period;
            long now = kernel.now();
            if (following <= now) {   // missed ticks: skip them rather than run a burst
                following = now + period;
            }
            List<Successor> successors = new ArrayList<>(n.successors());
            successors.add(new Successor.Until(following, periodic(following, period, next)));
            return new Result.Next(successors);
        };
    }

    private static Object next(Successor s) {
        if (s instanceof Successor.Input i) {
            return i.next();
        } else if (s instanceof Successor.TaskExit t) {
            return t.next();
        } else if (s instanceof Successor.Message m) {
            return m.next();
        } else if (s instanceof Successor.PeerClosed p) {
            return p.next();
        }
        return ((Successor.Revoked) s).next();
    }

    /** The handle a waiting successor's event is about (null if it lacks one). */
    private static Handle handle(Successor s) {
        if (s instanceof Successor.Input i) {
            return i.console();
        } else if (s instanceof Successor.TaskExit t) {
            return t.task() == null ? null : t.task().handle();
        } else if (s instanceof Successor.Message m) {
            return m.endpoint() == null ? null : m.endpoint().handle();
        } else if (s instanceof Successor.PeerClosed p) {
            return p.endpoint() == null ? null : p.endpoint().handle();
        }
        return ((Successor.Revoked) s).h();
    }

    /** The WAIT kinds a waiting successor needs: a message waiter also watches its peer (so it is not stranded). */
    private static boolean needs(Successor s, int kind) {
        switch (kind) {
            case Sys.EV_INPUT: return s instanceof Successor.Input;
            case Sys.EV_TASK_EXIT: return s instanceof Successor.TaskExit;
            case Sys.EV_MESSAGE: return s instanceof Successor.Message;
            case Sys.EV_PEER_CLOSED: return s instanceof Successor.Message || s instanceof Successor.PeerClosed;
            default: return s instanceof Successor.Revoked;
        }
    }

    private static <T> T requireNonNull(T next) {
        if (next == null) {
            throw new NullPointerException("a successor without a continuation");
        }
        return next;
    }

    /**
     * One WAIT. Entries: the earliest deadline (later ones are checked against the clock
     * afterwards), then per kind in {@link #ORDER} one entry per distinct handle; messages
     * come before peer-closed, so queued messages are taken before the closing is seen.
     */
    private void waitOnce() {
        int n = 0;
        if (!timers.isEmpty()) {
            long earliest = Long.MAX_VALUE;
            for (Successor.Until u : timers) {
                earliest = Math.min(earliest, u.deadline());
            }
            n = put(n, Sys.EV_TIMER, new Handle(earliest, 0));
        }
        for (int kind : ORDER) {
            for (Successor s : waiting) {
                if (needs(s, kind) && !listed(n, kind, handle(s))) {
                    if (n == Sys.WAIT_MAX) {
                        throw new IllegalStateException("more than " + Sys.WAIT_MAX + " events to wait on at once");
                    }
                    n = put(n, kind, handle(s));
                }
            }
        }
        waits++;
        int fired = (int) Sys.check(kernel.waitEvents(events, n), "WAIT");
        if (fired >= n) {
            throw new IllegalStateException("WAIT returned index " + fired + " of " + n + " entries");
        }
        int kind = (int) events[fired * 4];
        Handle h = new Handle(events[fired * 4 + 1], events[fired * 4 + 2]);
        long value = events[fired * 4 + 3];
        if (kind == Sys.EV_TIMER) {
            fireTimers(kernel.now());
        } else if (kind == Sys.EV_INPUT) {
            fireFirst(Sys.EV_INPUT, h, null);
        } else if (kind == Sys.EV_TASK_EXIT) {
            fireAll(Sys.EV_TASK_EXIT, h, (int) value);
        } else if (kind == Sys.EV_MESSAGE) {
            Successor first = find(Sys.EV_MESSAGE, h);
            Message m = kernel.receive(((Successor.Message) first).endpoint());
            if (m != null) {   // else someone took it meanwhile: wait again
                fireFirst(Sys.EV_MESSAGE, h, m);
            }
        } else if (kind == Sys.EV_PEER_CLOSED) {
            for (int i = 0; i < waiting.size(); ) {   // nothing more will come for message waiters
                Successor s = waiting.get(i);
                if (s instanceof Successor.Message && h.equals(handle(s))) {
                    waiting.remove(i);
                } else {
                    i++;
                }
            }
            fireAll(Sys.EV_PEER_CLOSED, h, 0);
        } else {
            fireAll(Sys.EV_REVOKED, h, 0);
        }
    }

    private boolean listed(int n, int kind, Handle h) {
        for (int i = 0; i < n; i++) {
            if (events[i * 4] == kind && events[i * 4 + 1] == h.lo() && events[i * 4 + 2] == h.hi()) {
                return true;
            }
        }
        return false;
    }

    private int put(int n, long kind, Handle arg) {
        events[n * 4] = kind;
        events[n * 4 + 1] = arg.lo();
        events[n * 4 + 2] = arg.hi();
        events[n * 4 + 3] = 0;
        return n + 1;
    }

    private Successor find(int kind, Handle h) {
        for (Successor s : waiting) {
            if (kind == kindOf(s) && h.equals(handle(s))) {
                return s;
            }
        }
        throw new IllegalStateException("WAIT fired event " + kind + " that nobody waits for");
    }

    private static int kindOf(Successor s) {
        return s instanceof Successor.Input ? Sys.EV_INPUT : s instanceof Successor.TaskExit ? Sys.EV_TASK_EXIT
                : s instanceof Successor.Message ? Sys.EV_MESSAGE : s instanceof Successor.PeerClosed
                ? Sys.EV_PEER_CLOSED : Sys.EV_REVOKED;
    }

    /** The first waiter of (kind, h) becomes ready (input and messages: one waiter per arrival). */
    private void fireFirst(int kind, Handle h, Message m) {
        Successor s = find(kind, h);
        waiting.remove(s);
        if (s instanceof Successor.Message w) {
            Continuation.OnMessage next = w.next();
            ready.add(() -> next.run(m));
        } else {
            ready.add(((Successor.Input) s).next());
        }
    }

    /** Every waiter of (kind, h) becomes ready (task exit with its status, peer closed, revoked). */
    private void fireAll(int kind, Handle h, int status) {
        for (int i = 0; i < waiting.size(); ) {
            Successor s = waiting.get(i);
            if (kindOf(s) != kind || !h.equals(handle(s))) {
                i++;
                continue;
            }
            waiting.remove(i);
            if (s instanceof Successor.TaskExit t) {
                Continuation.OnExit next = t.next();
                ready.add(() -> next.run(status));
            } else if (s instanceof Successor.PeerClosed p) {
                ready.add(p.next());
            } else {
                ready.add(((Successor.Revoked) s).next());
            }
        }
    }

    /** Every timer due by now, earliest first (ties in the order they were submitted). */
    private void fireTimers(long now) {
        while (true) {
            int best = -1;
            for (int i = 0; i < timers.size(); i++) {
                long d = timers.get(i).deadline();
                if (d <= now && (best < 0 || d < timers.get(best).deadline())) {
                    best = i;
                }
            }
            if (best < 0) {
                return;
            }
            ready.add(timers.remove(best).next());
        }
    }
}

package os2.user;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs continuations the way the kernel does, inside one user task: ready ones FIFO, and
 * when none is ready, one WAIT on the events the pending successors need (the earliest
 * deadline, console input, each awaited task's exit), then the successors of the event
 * that fired. The loop ends when nothing is ready or pending. A continuation's exception
 * leaves {@link #run} (in a program, that is the uncaught-exception exit).
 */
public final class EventLoop {
    /** Where time and events come from: the kernel, or a fake in tests. */
    public interface Kernel {
        /** Monotonic nanoseconds (CLOCK). */
        long now();

        /** WAIT on count (kind, arg, value) triples; the index of the one that fired, value filled in. */
        long waitEvents(long[] events, int count);
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
    };

    private final Kernel kernel;
    private final ArrayDeque<Continuation> ready = new ArrayDeque<>();
    private final List<Successor.Until> timers = new ArrayList<>();
    private final ArrayDeque<Successor.Input> inputs = new ArrayDeque<>();
    private final List<Successor.TaskExit> exits = new ArrayList<>();
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
            } else if (!timers.isEmpty() || !inputs.isEmpty() || !exits.isEmpty()) {
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
        } else if (s instanceof Successor.Until u) {
            requireNonNull(u.next());
            timers.add(u);
        } else if (s instanceof Successor.Input i) {
            requireNonNull(i.next());
            inputs.add(i);
        } else if (s instanceof Successor.TaskExit t) {
            requireNonNull(t.next());
            if (t.task() == null) {
                throw new NullPointerException("a task-exit successor without a task");
            }
            exits.add(t);
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
     * afterwards), input if anyone waits for it, then one per distinct awaited task.
     */
    private void waitOnce() {
        int n = 0;
        if (!timers.isEmpty()) {
            long earliest = Long.MAX_VALUE;
            for (Successor.Until u : timers) {
                earliest = Math.min(earliest, u.deadline());
            }
            n = put(n, Sys.EV_TIMER, earliest);
        }
        if (!inputs.isEmpty()) {
            n = put(n, Sys.EV_INPUT, 0);
        }
        for (Successor.TaskExit t : exits) {
            long h = t.task().handle();
            boolean seen = false;
            for (int i = 0; i < n && !seen; i++) {
                seen = events[i * 3] == Sys.EV_TASK_EXIT && events[i * 3 + 1] == h;
            }
            if (!seen) {
                if (n == Sys.WAIT_MAX) {
                    throw new IllegalStateException("more than " + Sys.WAIT_MAX + " events to wait on at once");
                }
                n = put(n, Sys.EV_TASK_EXIT, h);
            }
        }
        waits++;
        int fired = (int) Sys.check(kernel.waitEvents(events, n), "WAIT");
        if (fired >= n) {
            throw new IllegalStateException("WAIT returned index " + fired + " of " + n + " entries");
        }
        long kind = events[fired * 3];
        if (kind == Sys.EV_TIMER) {
            fireTimers(kernel.now());
        } else if (kind == Sys.EV_INPUT) {
            ready.add(inputs.poll().next());
        } else {
            fireExit(events[fired * 3 + 1], (int) events[fired * 3 + 2]);
        }
    }

    private int put(int n, long kind, long arg) {
        events[n * 3] = kind;
        events[n * 3 + 1] = arg;
        events[n * 3 + 2] = 0;
        return n + 1;
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

    /** Every successor waiting on the task with this handle gets its status. */
    private void fireExit(long handle, int status) {
        for (int i = 0; i < exits.size(); ) {
            Successor.TaskExit t = exits.get(i);
            if (t.task().handle() == handle) {
                exits.remove(i);
                Continuation.OnExit next = t.next();
                ready.add(() -> next.run(status));
            } else {
                i++;
            }
        }
    }
}

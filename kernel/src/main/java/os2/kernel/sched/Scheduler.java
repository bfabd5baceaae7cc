package os2.kernel.sched;

import java.util.ArrayDeque;

/**
 * The continuation scheduler of one CPU. Ready continuations run FIFO; Until waits sit
 * in a {@link TimerQueue}; Keyboard waits queue for characters. Events are not pushed
 * in by interrupt handlers: the scheduler collects them from its {@link Platform}
 * (the clock, the input ring) before choosing what to run, so handlers only record.
 *
 * <p>The class holds no hardware: the kernel drives one instance from the fresh-stack
 * loop in traps.S (see {@link KernelLoop}); JVM tests drive one with a fake platform.
 */
public final class Scheduler {
    /** No deadline. */
    public static final long NEVER = Long.MAX_VALUE;

    /** Where time and events come from, and how to wait for them. */
    public interface Platform {
        /** Monotonic nanoseconds. */
        long nanos();

        /** The next typed character, or -1. */
        int pollKey();

        /** True if a character is waiting (pollKey would return it). */
        boolean inputReady();

        /**
         * Waits (halted, interrupts on) until something may have happened: the deadline
         * passed, a character arrived (if wantKeys), or any interrupt. Returns at once
         * if that is already so.
         */
        void idle(long deadline, boolean wantKeys);
    }

    private final Platform platform;
    /** The slots a new ArrayDeque has (the runtime's java.util.ArrayDeque); it doubles when full. */
    static final int DEQUE_SLOTS = 16;

    private ArrayDeque<Continuation> ready = new ArrayDeque<>();
    /** The most continuations ready at once since {@link #ready} was made. */
    private int readyPeak;
    private final TimerQueue timers = new TimerQueue();
    private final ArrayDeque<KeyContinuation> keyWaiters = new ArrayDeque<>();
    private final ArrayDeque<Continuation> inputWaiters = new ArrayDeque<>();
    private long dispatched;
    private long errors;
    private long crashes;
    private Throwable lastCrash;

    public Scheduler(Platform platform) {
        this.platform = platform;
    }

    /** Schedules one successor by its event kind. */
    public void submit(Successor s) {
        if (s instanceof Successor.Now n) {
            enqueue(n.next());
        } else if (s instanceof Successor.Until u) {
            timers.add(u.deadlineNanos(), u.next());
        } else if (s instanceof Successor.Keyboard k) {
            keyWaiters.add(k.next());
        } else if (s instanceof Successor.InputReady i) {
            inputWaiters.add(i.next());
        } else if (s instanceof Successor.On o) {
            o.source().addWaiter(this, o.next());
        } else {
            // The interface is sealed: only a successor of a kind added without a case here.
            throw new IllegalStateException("successor of unknown kind " + s);
        }
    }

    /**
     * Takes back a successor that has not run yet (the losers of a join: a task waiting
     * on several events resumes on the first). A successor that already ran, or a
     * Keyboard one (which consumes input), is left alone.
     */
    public void cancel(Successor s) {
        if (s instanceof Successor.Now n) {
            ready.remove(n.next());
        } else if (s instanceof Successor.Until u) {
            timers.remove(u.next());
        } else if (s instanceof Successor.InputReady i) {
            inputWaiters.remove(i.next());
        } else if (s instanceof Successor.On o) {
            o.source().removeWaiter(o.next());
        }
    }

    /** Schedules a continuation to run now. */
    public void start(Continuation c) {
        enqueue(c);
    }

    /**
     * Schedules a preempted continuation (a task whose CPU budget ran out) behind every
     * event that fell due while it ran: a timer that expired during the task's budget
     * runs before the task gets the CPU again, as it would have had the task yielded.
     */
    public void resume(Continuation c) {
        collect();
        enqueue(c);
    }

    /** Monotonic time as the scheduler sees it. */
    public long now() {
        return platform.nanos();
    }

    /** Moves continuations whose event happened to the ready queue. */
    void collect() {
        if (!timers.isEmpty()) {
            long now = platform.nanos();
            while (!timers.isEmpty() && timers.earliest() <= now) {
                enqueue(timers.poll());
            }
        }
        while (!keyWaiters.isEmpty()) {
            int k = platform.pollKey();
            if (k < 0) {
                break;
            }
            KeyContinuation w = keyWaiters.poll();
            char c = (char) k;
            enqueue(() -> w.run(c));
        }
        if (!inputWaiters.isEmpty() && platform.inputReady()) {
            while (!inputWaiters.isEmpty()) {
                enqueue(inputWaiters.poll());
            }
        }
    }

    private void enqueue(Continuation c) {
        ready.add(c);
        if (ready.size() > readyPeak) {
            readyPeak = ready.size();
        }
    }

    /**
     * Gives back what a burst of work made the queues grow to, when nothing is ready (the
     * kernel loop calls it before it idles): a ready queue that may have doubled is made
     * anew, the timer queue shrinks to the length its entries need. So the kernel heap
     * an idle kernel holds does not depend on how many continuations were once ready at
     * the same moment, which timing decides (fuzz.c checks the heap is back exactly).
     */
    public void trim() {
        if (ready.isEmpty() && readyPeak >= DEQUE_SLOTS / 2) {
            ready = new ArrayDeque<>();
            readyPeak = 0;
        }
        timers.trim();
    }

    /** Collects events and runs one ready continuation; false if none was ready. */
    public boolean step() {
        if (!timers.isEmpty() || !keyWaiters.isEmpty() || !inputWaiters.isEmpty()) {
            collect();   // only then can an event have happened (no call otherwise)
        }
        Continuation c = ready.poll();
        if (c == null) {
            return false;
        }
        dispatch(c);
        return true;
    }

    /** Waits for the next event (after a step found nothing to run). */
    public void idle() {
        platform.idle(timers.isEmpty() ? NEVER : timers.earliest(), !keyWaiters.isEmpty() || !inputWaiters.isEmpty());
    }

    /** True if nothing is ready, timed or waiting for input: no event can start any work. */
    public boolean finished() {
        return ready.isEmpty() && timers.isEmpty() && keyWaiters.isEmpty() && inputWaiters.isEmpty();
    }

    /** Runs until done says so, or nothing is left to wait for; idles in between. */
    public void runUntil(java.util.function.BooleanSupplier done) {
        while (!done.getAsBoolean() && !finished()) {
            if (!step()) {
                idle();
            }
        }
    }

    /**
     * Runs one continuation and schedules what it returned. A continuation's own bug
     * costs only its own work (counted as a crash, kept in {@link #lastCrash()}, and
     * reported by KernelLoop): it threw; it returned null (a Result is required, {@code
     * Result.done()} to end: a null is not taken as Done); or a successor it returned
     * could not be scheduled (a hand-built {@code new Successor.Now(null)}). The
     * successors before the bad one are already scheduled then.
     */
    private void dispatch(Continuation c) {
        dispatched++;
        Result r;
        try {
            r = c.run();
        } catch (VirtualMachineError e) {
            throw e;   // out of heap (or stack): the kernel cannot go on, KernelLoop panics
        } catch (Throwable t) {
            crash(t);
            return;
        }
        if (r == null) {
            crash(new NullPointerException("continuation " + c.getClass().getName()
                    + " returned null instead of a Result (Result.done() ends a chain)"));
        } else if (r instanceof Continuation next) {
            ready.add(next);   // Result.now(next): the common case, no successor object
        } else if (r instanceof Successor one) {
            try {
                submit(one);
            } catch (RuntimeException e) {
                crash(e);
            }
        } else if (r instanceof Result.Success s) {
            try {
                for (int i = 0; i < s.successors().size(); i++) {
                    submit(s.successors().get(i));
                }
            } catch (RuntimeException e) {
                crash(e);
            }
        } else if (r instanceof Result.Error e) {
            errors++;
            enqueue(e.handler());
        }
    }

    /** A continuation's bug: counted and kept for KernelLoop to report; the kernel goes on. */
    private void crash(Throwable t) {
        crashes++;
        lastCrash = t;
    }

    public long dispatched() {
        return dispatched;
    }

    /** Error results seen. */
    public long errors() {
        return errors;
    }

    /** Continuations that threw, and the last exception. */
    public long crashes() {
        return crashes;
    }

    public Throwable lastCrash() {
        return lastCrash;
    }

    public int readyCount() {
        return ready.size();
    }

    public int timerCount() {
        return timers.size();
    }
}

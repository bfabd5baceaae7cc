package os2.kernel.sched;

import os2.rt.NoAlloc;

/**
 * An event raised by an interrupt handler and handled by a continuation: the handler
 * only counts ({@link #raise}, no allocation, no scheduler state touched); the kernel
 * loop ({@link KernelLoop}) compares counts before each step and starts the event's
 * continuation once for however many raises happened meanwhile, and does not halt
 * while one is pending. The continuation must therefore drain everything its device
 * has ready, not one item per raise.
 *
 * <p>Events are made at boot (a driver's init), never in interrupt context. The
 * registry has no class initialiser, so an interrupt path that reaches this class
 * runs no initialiser (see "Allocation in interrupt context" in ARCHITECTURE.md).
 */
public final class IrqEvent {
    static final int MAX_EVENTS = 16;

    private static IrqEvent[] events;
    private static int count;
    /** Raises of all events: one compare tells the kernel loop that nothing was raised. */
    private static long raisedAll;
    /** raisedAll when a pass of {@link #deliverAll} last left nothing behind. */
    private static long coveredAll;

    private final String name;
    private final Continuation handler;
    private final Continuation run;
    /** Written only by interrupt handlers (one CPU: a plain increment is enough). */
    private long raised;
    /** The raise count the last started run covers. */
    private long delivered;
    /** A run is in the ready queue and has not started yet. */
    private boolean queued;
    private long runs;

    /** An event whose raises run handler (on the kernel loop, as any continuation). */
    public IrqEvent(String name, Continuation handler) {
        if (handler == null) {
            throw new NullPointerException("IrqEvent " + name + ": null handler");
        }
        this.name = name;
        this.handler = handler;
        this.run = this::runHandler;
        if (events == null) {
            events = new IrqEvent[MAX_EVENTS];
        }
        if (count == MAX_EVENTS) {
            throw new IllegalStateException("more than " + MAX_EVENTS + " interrupt events");
        }
        events[count++] = this;
    }

    /** Interrupt context: the device has something for the handler. */
    @NoAlloc
    public void raise() {
        raised++;
        raisedAll++;
    }

    private Result runHandler() {
        queued = false;
        runs++;
        return handler.run();
    }

    /** Starts the continuation of every event raised since its last run (the kernel loop, interrupts on). */
    static void deliverAll(Scheduler s) {
        long all = raisedAll;   // raises after this read are seen by the next pass
        if (all == coveredAll) {
            return;   // the common case: no interrupt raised anything since the last pass
        }
        boolean left = false;
        IrqEvent[] es = events;
        for (int i = 0; i < count; i++) {
            IrqEvent e = es[i];
            if (e.raised != e.delivered) {
                if (e.queued) {
                    left = true;   // its run has not started: look again after it has
                } else {
                    e.delivered = e.raised;
                    e.queued = true;
                    s.start(e.run);
                }
            }
        }
        if (!left) {
            coveredAll = all;
        }
    }

    /** True if some event was raised and its continuation not yet started (idle must not halt). */
    @NoAlloc
    static boolean pending() {
        IrqEvent[] es = events;
        for (int i = 0; i < count; i++) {
            if (es[i].raised != es[i].delivered) {
                return true;
            }
        }
        return false;
    }

    /** JVM tests: forgets every event. */
    static void resetForTest() {
        events = null;
        count = 0;
        coveredAll = raisedAll;
    }

    public String name() {
        return name;
    }

    /** Raises so far. */
    public long raised() {
        return raised;
    }

    /** Times the continuation was started. */
    public long runs() {
        return runs;
    }
}

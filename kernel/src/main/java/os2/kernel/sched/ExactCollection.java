package os2.kernel.sched;

import java.util.ArrayList;

import os2.kernel.mem.HeapCensus;
import os2.kernel.mem.KernelHeap;
import os2.rt.Gc;

/**
 * A collection of the kernel heap made between two continuations, as an event: its
 * waiters run after it. There the kernel stack holds nothing, so the collector marks from
 * its precise roots alone ({@link Gc#collectWithoutStack}) and the live bytes it finds are
 * exact. A collection inside a continuation scans the stack conservatively, and a stale
 * word left by an earlier continuation can keep a dead object for that collection: a live
 * count that depends on what ran before, which an exact leak check (SYS_INFO's heap_live,
 * docs/RELIABILITY.md) cannot use.
 */
public final class ExactCollection implements Waitable {
    /** The one event: every waiter runs after the next collection between continuations. */
    public static final ExactCollection EVENT = new ExactCollection();

    private final ArrayList<Continuation> waiters = new ArrayList<>(4);
    private long liveBytes;

    private ExactCollection() {
    }

    @Override
    public void addWaiter(Scheduler s, Continuation c) {
        waiters.add(c);
        KernelLoop.wantExactCollection();
    }

    @Override
    public void removeWaiter(Continuation c) {
        waiters.remove(c);
    }

    /** The live bytes the last exact collection found. */
    public long liveBytes() {
        return liveBytes;
    }

    /**
     * From the kernel loop before it runs a continuation, the stack empty (asked for by
     * {@link #addWaiter}; a waiter taken back meanwhile leaves a collection for none): collects,
     * prints the census if the heapcensus flag is on, then starts the waiters. Holds no
     * reference of its own across the collection (the waiters are in a field).
     */
    void run(Scheduler s) {
        Gc.collectWithoutStack();
        if (HeapCensus.enabled()) {
            HeapCensus.printAfterCollection(waiters.size());
        }
        KernelHeap.refresh();
        liveBytes = KernelHeap.liveBytes();
        for (int i = 0; i < waiters.size(); i++) {
            s.start(waiters.get(i));
        }
        waiters.clear();
    }
}

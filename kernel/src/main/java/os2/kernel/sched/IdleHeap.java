package os2.kernel.sched;

import os2.kernel.mem.KernelHeap;
import os2.kernel.mem.Memory;
import os2.rt.Gc;

/**
 * Heap housekeeping while the scheduler has nothing to run: a collection when enough
 * has been allocated since the last one (so an idle kernel does not collect on every
 * wake-up, e.g. per typed key), and one more heap region when the live data fills
 * most of the heap (so the next burst of work does not run out). The collector also
 * collects by itself when an allocation does not fit (gc.c); this moves that work to
 * idle time.
 */
final class IdleHeap {
    /** Collect when at least this much was allocated since the last collection. */
    static final long COLLECT_AFTER_BYTES = 256 * 1024;
    /** Grow when live data exceeds this fraction (num/den) of the heap after a collection. */
    static final long GROW_NUM = 3;
    static final long GROW_DEN = 4;

    private static long lastCollections = -1;
    private static long allocatedAtLast;
    private static long idleCollections;

    private IdleHeap() {
    }

    /** Called by the kernel loop before it halts. */
    static void tidy() {
        KernelHeap.refresh();
        if (KernelHeap.collections() != lastCollections) {
            // The collector ran on its own since we last looked: count from there.
            lastCollections = KernelHeap.collections();
            allocatedAtLast = KernelHeap.usedBytes();
        }
        if (KernelHeap.usedBytes() - allocatedAtLast < COLLECT_AFTER_BYTES) {
            return;
        }
        Gc.collect();
        idleCollections++;
        KernelHeap.refresh();
        lastCollections = KernelHeap.collections();
        allocatedAtLast = KernelHeap.usedBytes();
        if (Memory.space() != null && KernelHeap.liveBytes() * GROW_DEN > KernelHeap.heapBytes() * GROW_NUM) {
            KernelHeap.grow(0);
        }
    }

    /** Collections started by the idle loop. */
    static long idleCollections() {
        return idleCollections;
    }
}

package os2.kernel.mem;

import os2.rt.Gc;
import os2.rt.NoAlloc;

/**
 * Keeps room in the kernel heap before a system call runs, so no user action can run it
 * out (docs/RELIABILITY.md, bug 3). The heap otherwise grows only while the kernel idles
 * ({@code IdleHeap}); a task that makes calls back to back never lets it idle, and an
 * allocation that then did not fit ended the kernel ("OutOfMemoryError"): one task
 * holding 30,000 channels did it (about 1.3 KiB of kernel heap each). Now a call first
 * needs {@link #RESERVE} bytes of room (free space an object can be allocated from, not
 * holes too small for one: bug 4): if they are not, the heap is collected, and grown by
 * a region when live data fills most of it; if memory is exhausted even so, the call is
 * refused with E_NOMEM and the kernel goes on. The reserve covers what one call allocates
 * (the largest: a spawn's task, tables and image copy, a socket's buffers).
 */
public final class HeapReserve {
    /** Free heap bytes a system call may count on. */
    public static final long RESERVE = 1L << 20;
    /** Grow when live data after a collection exceeds this fraction (num/den) of the heap. */
    static final long GROW_NUM = 3;
    static final long GROW_DEN = 4;

    private static long refusals;

    private HeapReserve() {
    }

    /**
     * The check before every system call, on its own so that it is inlined into the
     * caller (a leaf of one intrinsic: MethodEmitter#hardwareLeaf): true when the heap has
     * room for the reserve now (Gc.freeBytes: room, the holes left out). Only when it has
     * not does the caller need {@link #ensure()}.
     */
    @NoAlloc
    public static boolean roomy() {
        return Gc.freeBytes() >= RESERVE;
    }

    /**
     * Before a call: true if the heap has room for it (after collecting, and growing, if
     * need be), false if it cannot have it (refuse the call).
     */
    public static boolean ensure() {
        return ensure(0);
    }

    /**
     * The same for a call that is about to make one allocation of {@code extra} bytes,
     * larger than the reserve allows for (a capability table doubling: up to 3 MiB).
     */
    public static boolean ensure(long extra) {
        if (Gc.freeBytes() >= RESERVE + extra) {
            return true;
        }
        Gc.collect();
        KernelHeap.refresh();
        if (shouldGrow(KernelHeap.heapBytes(), KernelHeap.liveBytes(), Gc.freeBytes(), extra)
                && Memory.space() != null) {
            // false when memory is exhausted: then the call is refused
            KernelHeap.grow(RESERVE + extra);
        }
        if (enough(Gc.freeBytes(), extra)) {
            return true;
        }
        refusals++;
        return false;
    }

    /**
     * One more heap region with room for an allocation of {@code bytes} in one piece (and
     * the reserve), for an allocation that found the free space too scattered; false when
     * memory is exhausted.
     */
    public static boolean growFor(long bytes) {
        return Memory.space() != null && KernelHeap.grow(RESERVE + bytes);
    }

    /**
     * Room enough: RESERVE + extra bytes of room. Room is the collector's {@link Gc#freeBytes}:
     * free space objects of any small size can be allocated from, without the holes between
     * live objects too small for them (a heap 97% live had 1.4 MB free in such holes and no
     * room for the next 96-byte endpoint: docs/RELIABILITY.md, bug 4). On the JVM it is
     * Long.MAX_VALUE: no limit.
     */
    static boolean enough(long roomBytes, long extra) {
        return roomBytes >= RESERVE + extra;
    }

    /** After a collection: grow when the room is still missing or live data fills most of the heap. */
    static boolean shouldGrow(long heapBytes, long liveBytes, long roomBytes, long extra) {
        return !enough(roomBytes, extra) || liveBytes * GROW_DEN > heapBytes * GROW_NUM;
    }

    /** Calls that found no room since boot (those that give memory back ran all the same). */
    public static long refusals() {
        return refusals;
    }
}

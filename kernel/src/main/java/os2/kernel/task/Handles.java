package os2.kernel.task;

import os2.kernel.cap.Capability;
import os2.kernel.ipc.Endpoint;
import os2.kernel.mem.PageFlags;
import os2.kernel.mem.Region;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;

/**
 * Capabilities entering and leaving a task's table, with what holding them means for
 * its page tables: a region capability with the map right makes the task a sharer of
 * the region (it maps the home's frames on first touch); the original of a region is
 * its home, and moving it moves the pages themselves (zero-copy). Also the checked
 * handle reads and writes of the system calls.
 */
final class Handles {
    static final int HANDLE_BYTES = 16;

    private Handles() {
    }

    /** The capability t holds under (lo, hi), of kind (0: any), or null. */
    static Capability get(Task t, long lo, long hi, int kind) {
        Capability c = t.caps.get(lo, hi);
        return c == null || (kind != 0 && c.kind != kind) ? null : c;
    }

    /** Reads the 16-byte handle at addr: {lo, hi}, or null if unreadable. */
    static long[] read(Task t, long addr) {
        byte[] b = UserMemory.read(t, addr, HANDLE_BYTES);
        return b == null ? null : new long[] {UserMemory.word(b, 0), UserMemory.word(b, 8)};
    }

    /** Writes c's handle at addr (16 bytes). */
    static boolean write(Task t, long addr, Capability c) {
        return UserMemory.write64(t, addr, c.handleLo()) && UserMemory.write64(t, addr + 8, c.handleHi());
    }

    /**
     * Puts c (in flight or new) into t's table. A region's original makes t its home (its
     * parked pages enter t's table); a region copy with the map right makes t a sharer.
     * False (c still in flight, nothing changed) if the table is full or no frame was left.
     */
    static boolean install(Task t, Capability c) {
        if (c.kind == Kind.REGION) {
            Region r = (Region) c.object;
            if (c.original) {
                if (!unpark(t, r, (long[]) c.inFlight)) {
                    return false;
                }
                c.inFlight = null;
            } else if (c.has(Rights.MAP) && r.owner != t) {
                r.addSharer(t, leafFlags(r, c.rights));
            }
        }
        if (!t.caps.insert(c)) {
            if (c.kind == Kind.REGION) {
                detachRegion(t, c);
            }
            return false;
        }
        return true;
    }

    /** Takes c out of t's table into flight (a move): its handle dies, its pages leave t. */
    static void detach(Task t, Capability c) {
        t.caps.detach(c);
        if (c.kind == Kind.REGION) {
            detachRegion(t, c);
        }
    }

    private static void detachRegion(Task t, Capability c) {
        Region r = (Region) c.object;
        if (c.original) {
            c.inFlight = t.table.takeRange(r.base(), r.size());
            t.regions.remove(r);
            r.owner = null;
            r.home = null;
        } else {
            dropSharer(t, r);
        }
    }

    /** t no longer holds this copy: if it was its last to r, r's pages leave t's table. */
    static void dropSharer(Task t, Region r) {
        if (r.owner != t && r.removeSharer(t)) {
            t.table.unmapRange(r.base(), r.size());
        }
    }

    /** Parked pages (virt, phys pairs) enter t's table; r's home becomes t. */
    private static boolean unpark(Task t, Region r, long[] parked) {
        long flags = r.pageFlags();
        int done = 0;
        for (; parked != null && done < parked.length; done += 2) {
            if (t.table.map4k(parked[done], parked[done + 1], flags) != os2.kernel.mem.PageTable.OK) {
                t.table.takeRange(r.base(), r.size());   // back out: the frames stay parked
                return false;
            }
        }
        r.owner = t;
        r.home = t.table;
        t.regions.add(r);
        return true;
    }

    /** The leaf flags a holder of rights gets on r (never more than the region allows). */
    static long leafFlags(Region r, int rights) {
        long f = r.pageFlags();
        if (!Rights.has(rights, Rights.WRITE)) {
            f &= ~PageFlags.WRITE;
        }
        if (!Rights.has(rights, Rights.EXEC)) {
            f |= PageFlags.NX;
        }
        return f;
    }

    /** The object a capability names, as an endpoint (kind checked by the caller). */
    static Endpoint endpoint(Capability c) {
        return (Endpoint) c.object;
    }
}

package os2.kernel.task;

import os2.kernel.console.Console;
import os2.kernel.mem.PageFaults;
import os2.kernel.mem.PageTable;
import os2.kernel.mem.PhysMap;
import os2.kernel.mem.Region;
import os2.rt.Mem;

/**
 * The checked copies between the kernel and a task's memory: the only way the kernel
 * reaches user bytes. A range is first checked to lie inside one region of that task
 * with the needed right; then every page is reached through the task's own page table
 * and the direct map (demand pages are filled in on the way), never through the user
 * address itself. So the kernel works the same whichever task's page table is loaded,
 * never faults on a user pointer, and with SMAP on it could not touch user pages
 * through their user addresses even by mistake.
 */
final class UserMemory {
    private UserMemory() {
    }

    /**
     * The region of t holding all of [addr, addr+len) with the right asked for, or null.
     * len 0 is allowed anywhere (no byte is touched) and yields no region: callers test
     * {@link #valid}.
     */
    static Region check(Task t, long addr, long len, boolean write) {
        if (len <= 0) {
            return null;
        }
        Region r = t.regionAt(addr);
        if (r == null || Long.compareUnsigned(len, r.base() + r.size() - addr) > 0) {
            return null;
        }
        if (write && !r.isWritable()) {
            return null;
        }
        return r;
    }

    /** True if len bytes at addr are the caller's to read (or write). len 0 is always valid. */
    static boolean valid(Task t, long addr, long len, boolean write) {
        return len == 0 || (len > 0 && (inPage(t, addr, len, write) != 0 || check(t, addr, len, write) != null));
    }

    /**
     * The direct-map address of the byte at addr of task t (inside region r), filling a
     * demand page if needed; 0 if no frame was left (direct-map addresses are never 0).
     */
    static long kernelAddress(Task t, Region r, long addr) {
        long page = addr & -PageTable.PAGE_4K;
        long phys = t.table.userPage(page, false);
        if (phys == PageTable.NOT_MAPPED) {
            phys = t.table.translate(page);
        }
        if (phys == PageTable.NOT_MAPPED) {
            if (r.pager != null) {
                return 0;   // a pager's page not supplied yet: the kernel does not wait for it
            }
            if (PageFaults.populate(t.table, r, page) != PageFaults.RESOLVED) {
                return 0;
            }
            phys = t.table.translate(page);
        }
        return PhysMap.virt(phys) + (addr & (PageTable.PAGE_4K - 1));
    }

    /**
     * Copies len bytes between kernel memory at kaddr and the task's addr (toUser: kernel
     * to task). The range must have been checked (r). Returns false if a demand page
     * found no frame.
     */
    static boolean copy(Task t, Region r, long addr, long kaddr, long len, boolean toUser) {
        long done = 0;
        while (done < len) {
            long u = addr + done;
            long chunk = Math.min(len - done, PageTable.PAGE_4K - (u & (PageTable.PAGE_4K - 1)));
            long k = kernelAddress(t, r, u);
            if (k == 0) {
                return false;
            }
            if (toUser) {
                Mem.copy(k, kaddr + done, chunk);
            } else {
                Mem.copy(kaddr + done, k, chunk);
            }
            done += chunk;
        }
        return true;
    }

    /**
     * A system call's small structure in place: the direct-map address of [addr, addr+len)
     * when it lies within one page of one of t's regions with the right (the page filled
     * if needed); otherwise its bytes copied into scratch (which must hold len) and
     * scratch's address, or 0 if the range is not the caller's. Reading fields through it
     * costs no allocation and one page walk.
     */
    static long struct(Task t, long addr, int len, boolean write, long[] scratch) {
        long f = inPage(t, addr, len, write);
        if (f != 0) {
            return f;
        }
        Region r = check(t, addr, len, write);
        if (r == null) {
            return 0;
        }
        if (((addr ^ (addr + len - 1)) & -PageTable.PAGE_4K) == 0) {
            return kernelAddress(t, r, addr);
        }
        long k = Mem.arrayData(scratch);
        return copy(t, r, addr, k, len, false) ? k : 0;
    }

    /**
     * The fast path: the direct-map address of [addr, addr+len) if it lies in one page
     * that t's table maps present, user-accessible (and writable if asked), else 0. A
     * task's table maps only what it may touch, so no region lookup is needed.
     */
    static long inPage(Task t, long addr, long len, boolean write) {
        if (len <= 0 || ((addr ^ (addr + len - 1)) & -PageTable.PAGE_4K) != 0) {
            return 0;
        }
        long phys = t.table.userPage(addr & -PageTable.PAGE_4K, write);
        return phys == PageTable.NOT_MAPPED ? 0 : PhysMap.virt(phys) + (addr & (PageTable.PAGE_4K - 1));
    }

    /** Reads len bytes of the task into a new array; null if the range is not readable. */
    static byte[] read(Task t, long addr, int len) {
        byte[] b = new byte[len];
        if (len == 0) {
            return b;
        }
        long f = inPage(t, addr, len, false);
        if (f != 0) {
            Mem.copy(Mem.arrayData(b), f, len);
            return b;
        }
        Region r = check(t, addr, len, false);
        if (r == null || !copy(t, r, addr, Mem.arrayData(b), len, false)) {
            return null;
        }
        return b;
    }

    /** Writes b[0..len) to the task at addr; false if not writable (or no frame). */
    static boolean write(Task t, long addr, byte[] b, int len) {
        if (len == 0) {
            return true;
        }
        Region r = check(t, addr, len, true);
        return r != null && copy(t, r, addr, Mem.arrayData(b), len, true);
    }

    /** Writes b[from..from+len) at addr. */
    static boolean writeFrom(Task t, long addr, byte[] b, int from, int len) {
        if (len == 0) {
            return true;
        }
        long f = inPage(t, addr, len, true);
        if (f != 0) {
            Mem.copy(f, Mem.arrayData(b) + from, len);
            return true;
        }
        Region r = check(t, addr, len, true);
        return r != null && copy(t, r, addr, Mem.arrayData(b) + from, len, true);
    }

    /** The little-endian long at b[off..off+8) (a task's words, copied in). */
    static long word(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    /** Writes one little-endian long at addr (any alignment). */
    static boolean write64(Task t, long addr, long v) {
        long f = inPage(t, addr, 8, true);
        if (f != 0) {
            Mem.write64(f, v);
            return true;
        }
        long[] one = {v};
        Region r = check(t, addr, 8, true);
        return r != null && copy(t, r, addr, Mem.arrayData(one), 8, true);
    }

    /**
     * Loader-only: writes a long into the task's image regardless of the region's rights
     * (relocations land in segments that are read-only to the task).
     */
    static boolean poke64(Task t, long addr, long v) {
        Region r = t.regionAt(addr);
        if (r == null || Long.compareUnsigned(8, r.base() + r.size() - addr) > 0) {
            return false;
        }
        long[] one = {v};
        return copy(t, r, addr, Mem.arrayData(one), 8, true);
    }

    /** Writes the task's bytes [addr, addr+len) to the console, page by page without a copy. */
    static boolean toConsole(Task t, long addr, long len) {
        Region r = check(t, addr, len, false);
        if (r == null) {
            return false;
        }
        long done = 0;
        while (done < len) {
            long u = addr + done;
            long chunk = Math.min(len - done, PageTable.PAGE_4K - (u & (PageTable.PAGE_4K - 1)));
            long k = kernelAddress(t, r, u);
            if (k == 0) {
                return false;
            }
            Console.write(k, chunk);
            done += chunk;
        }
        return true;
    }
}

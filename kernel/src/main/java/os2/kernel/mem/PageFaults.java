package os2.kernel.mem;

import os2.rt.Cpu;
import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The page-fault (#PF, vector 14) decision logic. The trap stub passes CR2 (the faulting
 * address), the error code the CPU pushed and the faulting RIP to {@link #handle}, which
 * either resolves the fault (demand paging) or classifies it; the caller turns an
 * unresolved outcome into a kernel panic (kernel mode) or a task kill (user mode),
 * printing {@link #describe()} and the Java stack trace.
 *
 * <p>{@link #handle} runs in interrupt context: it allocates no Java objects and records
 * the details of the last fault in static fields for the report.
 */
public final class PageFaults {
    /** Error-code bits (SDM vol. 3A §4.7, Figure 4-12). P: 1 = protection violation, 0 = not present. */
    public static final long ERR_PRESENT = 1L << 0;
    /** W/R: the access was a write. */
    public static final long ERR_WRITE = 1L << 1;
    /** U/S: the access came from user mode (CPL 3). */
    public static final long ERR_USER = 1L << 2;
    /** RSVD: a reserved bit was set in a paging-structure entry. */
    public static final long ERR_RESERVED = 1L << 3;
    /** I/D: the access was an instruction fetch. */
    public static final long ERR_FETCH = 1L << 4;
    /** PK: protection-key violation. */
    public static final long ERR_PKEY = 1L << 5;
    /** SS: shadow-stack access. */
    public static final long ERR_SHADOW_STACK = 1L << 6;
    /** SGX: violation of SGX-specific access-control requirements. */
    public static final long ERR_SGX = 1L << 15;

    /** A frame was mapped (or the translation was already there): retry the access. */
    public static final int RESOLVED = 0;
    /** The address is in a guard area of a region. */
    public static final int GUARD_HIT = 1;
    /** A write to an executable (kernel text) region: W^X. */
    public static final int WX_VIOLATION = 2;
    /** A demand-paged region needed a frame (or a page table) and none was left. */
    public static final int OUT_OF_MEMORY = 3;
    /** A write to a read-only region, or a user access to a kernel region. */
    public static final int PROTECTION = 4;
    /** An instruction fetch from a non-executable region. */
    public static final int NX_VIOLATION = 5;
    /** A reserved bit in a page-table entry: the tables are corrupt. */
    public static final int RESERVED_BIT = 6;
    /** Not in any region that could explain it (null pointer, wild address...). */
    public static final int UNHANDLED = 7;
    /** A user region with a pager: the page must come from the pager task. */
    public static final int DELEGATED = 8;
    /** Kernel mode read or wrote a user page (CR4.SMAP): only the checked copies may, through the direct map. */
    public static final int SMAP_VIOLATION = 9;
    /** Kernel mode fetched an instruction from a user page (CR4.SMEP). */
    public static final int SMEP_VIOLATION = 10;

    private static final String[] OUTCOMES = {
        "resolved", "guard page hit", "W^X violation (write to executable memory)", "out of memory",
        "protection violation", "NX violation (fetch from non-executable memory)",
        "reserved bit set in a page-table entry", "unhandled page fault", "delegated to the region's pager",
        "SMAP violation (kernel mode touched a user page outside the checked copies)",
        "SMEP violation (kernel mode fetched an instruction from a user page)",
    };

    private static AddressSpace space;
    private static PageTable table;
    private static Object viewOwner;
    private static FrameAllocator frames;

    private static long lastAddress;
    private static long lastError;
    private static long lastRip;
    private static int lastOutcome;
    private static Region lastRegion;
    private static long demandFaults;

    private PageFaults() {
    }

    /** Sets the address space, page table and frame allocator the handler works on. */
    public static void install(AddressSpace s, PageTable t, FrameAllocator f) {
        space = s;
        table = t;
        frames = f;
    }

    /**
     * The page table now in CR3 and the owner of the user regions it maps (a task; null
     * for the kernel's own table). A user region of any other owner is not there to
     * touch: faulting on one is a protection fault, never a demand fill.
     */
    @NoAlloc
    public static void setView(PageTable t, Object owner) {
        table = t;
        viewOwner = owner;
    }

    /** The page table the handler fills (the one in CR3). */
    @NoAlloc
    public static PageTable view() {
        return table;
    }

    /** Decides a page fault; returns one of the outcome codes above. */
    @NoAlloc
    public static int handle(long cr2, long errorCode, long rip) {
        lastAddress = cr2;
        lastError = errorCode;
        lastRip = rip;
        lastRegion = space == null ? null : space.find(cr2);
        lastOutcome = decide(cr2, errorCode, lastRegion);
        return lastOutcome;
    }

    @NoAlloc
    private static int decide(long cr2, long err, Region r) {
        if ((err & ERR_RESERVED) != 0) {
            return RESERVED_BIT;
        }
        if ((err & (ERR_USER | ERR_PRESENT)) == ERR_PRESENT && table != null
                && (table.entry(cr2 & -PageTable.PAGE_4K) & PageFlags.USER) != 0) {
            // The kernel never touches a user address (UserMemory goes through the direct
            // map): a present user page faulting in kernel mode is SMEP or SMAP at work.
            return (err & ERR_FETCH) != 0 ? SMEP_VIOLATION : SMAP_VIOLATION;
        }
        if (r == null) {
            return UNHANDLED;
        }
        if (r.isGuard(cr2)) {
            return GUARD_HIT;
        }
        if ((err & ERR_USER) != 0 && !r.isUser()) {
            return PROTECTION;
        }
        if (r.isUser() && r.owner != viewOwner) {
            return shared(cr2, err, r);   // another task's region: only with a capability to it
        }
        if ((err & ERR_WRITE) != 0 && !r.isWritable()) {
            return r.isExecutable() ? WX_VIOLATION : PROTECTION;
        }
        if ((err & ERR_FETCH) != 0 && !r.isExecutable()) {
            return NX_VIOLATION;
        }
        if ((err & ERR_PRESENT) != 0) {
            // The page is there and the region allows the access: the entry disagrees
            // with its region. Report it rather than retry forever.
            return PROTECTION;
        }
        if (!r.isDemand()) {
            return UNHANDLED;
        }
        long page = cr2 & -PageTable.PAGE_4K;
        if (r.pager != null && table.translate(page) == PageTable.NOT_MAPPED) {
            return DELEGATED;
        }
        return populate(table, r, page);   // RESOLVED too when mapped meanwhile
    }

    /**
     * A fault on a region whose frames live in another task's table (its home): allowed
     * if the faulting task is one of its sharers, with that sharer's rights. The page is
     * looked up (or first filled) in the home table and mapped here to the same frame.
     */
    @NoAlloc
    private static int shared(long cr2, long err, Region r) {
        int s = r.sharerIndex(viewOwner);
        if (s < 0 || r.home == null) {
            return PROTECTION;   // no capability to it (or its pages are in flight)
        }
        long flags = r.sharerFlags(s);
        if ((err & ERR_WRITE) != 0 && (flags & PageFlags.WRITE) == 0) {
            return PROTECTION;
        }
        if ((err & ERR_FETCH) != 0 && (flags & PageFlags.NX) != 0) {
            return NX_VIOLATION;
        }
        if ((err & ERR_PRESENT) != 0) {
            return PROTECTION;
        }
        long page = cr2 & -PageTable.PAGE_4K;
        long phys = r.home.translate(page);
        if (phys == PageTable.NOT_MAPPED) {
            if (r.pager != null) {
                return DELEGATED;
            }
            if (populate(r.home, r, page) != RESOLVED) {
                return OUT_OF_MEMORY;
            }
            phys = r.home.translate(page);
        }
        if (table.map4k(page, phys, flags) != PageTable.OK) {
            return OUT_OF_MEMORY;
        }
        return RESOLVED;
    }

    /**
     * Backs the page at page (in demand region r) with a zeroed frame in table t: the
     * fault path, and the kernel's checked copies into a task's pages before first touch.
     * One page walk (creating missing tables) finds the entry: if the page is mapped
     * already (meanwhile, or by a large page) that is RESOLVED too, with the stale
     * not-present entry flushed from this CPU's TLB. The frame is taken before the walk,
     * so that a walk short of frames for its tables builds none (its frame goes back).
     * Returns RESOLVED or OUT_OF_MEMORY (nothing leaks).
     */
    @NoAlloc
    public static int populate(PageTable t, Region r, long page) {
        if (!r.isDemand()) {
            return UNHANDLED;
        }
        long frame = frames.alloc(0);
        if (frame == FrameAllocator.NONE) {
            return OUT_OF_MEMORY;
        }
        long flags = r.pageFlags();
        long pt = t.leafTable(page, flags);
        long slot = pt < 0 ? 0 : PageTable.entryVirt(pt, page, PageTable.PT);
        if (pt == PageTable.ALREADY_MAPPED || pt >= 0 && (Mem.read64(slot) & PageFlags.PRESENT) != 0) {
            frames.free(frame, 0);
            Cpu.invlpg(page);
            return RESOLVED;
        }
        if (pt < 0) {
            frames.free(frame, 0);
            return OUT_OF_MEMORY;
        }
        Mem.fill(PhysMap.virt(frame), (byte) 0, PageTable.PAGE_4K);
        PageTable.setLeaf4k(slot, frame, flags);
        demandFaults++;
        return RESOLVED;
    }

    /** Demand-zero faults resolved so far. */
    @NoAlloc
    public static long demandFaults() {
        return demandFaults;
    }

    @NoAlloc public static long lastAddress() { return lastAddress; }
    @NoAlloc public static long lastError() { return lastError; }
    @NoAlloc public static long lastRip() { return lastRip; }
    @NoAlloc public static int lastOutcome() { return lastOutcome; }
    @NoAlloc public static Region lastRegion() { return lastRegion; }

    /**
     * Forgets r if the last fault was in it: r has just been released. The record of
     * the last fault must not keep a dead region alive, and through its owner the
     * whole task that died (its capability table, page table, regions): that was the
     * kernel heap left above its baseline after fuzz runs (docs/RELIABILITY.md).
     */
    @NoAlloc
    static void released(Region r) {
        if (lastRegion == r) {
            lastRegion = null;
        }
    }

    /** A short name of an outcome code. */
    public static String outcomeName(int outcome) {
        return outcome >= 0 && outcome < OUTCOMES.length ? OUTCOMES[outcome] : "outcome " + outcome;
    }

    /**
     * The error code in words, e.g. {@code "0x3 (protection violation, write, kernel mode)"}.
     * Allocates: for reports, after the fault is decided.
     */
    public static String decodeError(long err) {
        StringBuilder sb = new StringBuilder("0x").append(Long.toHexString(err)).append(" (");
        sb.append((err & ERR_PRESENT) != 0 ? "protection violation" : "page not present");
        sb.append((err & ERR_FETCH) != 0 ? ", instruction fetch" : (err & ERR_WRITE) != 0 ? ", write" : ", read");
        sb.append((err & ERR_USER) != 0 ? ", user mode" : ", kernel mode");
        if ((err & ERR_RESERVED) != 0) {
            sb.append(", reserved bit set");
        }
        if ((err & ERR_PKEY) != 0) {
            sb.append(", protection key");
        }
        if ((err & ERR_SHADOW_STACK) != 0) {
            sb.append(", shadow stack");
        }
        if ((err & ERR_SGX) != 0) {
            sb.append(", SGX");
        }
        return sb.append(')').toString();
    }

    /**
     * The last fault as one line, e.g. {@code "guard page hit at 0xffff80... in region
     * kernel heap; rip 0x...; error 0x2 (page not present, write, kernel mode)"}.
     */
    public static String describe() {
        StringBuilder sb = new StringBuilder(outcomeName(lastOutcome));
        sb.append(" at 0x").append(Long.toHexString(lastAddress));
        if (lastRegion != null) {
            sb.append(" in region ").append(lastRegion);
        }
        sb.append("; rip 0x").append(Long.toHexString(lastRip));
        sb.append("; error ").append(decodeError(lastError));
        return sb.toString();
    }
}

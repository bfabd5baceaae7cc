package os2.kernel.mem;

import os2.rt.Cpu;
import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * One x86-64 4-level page-table tree (Intel SDM vol. 3A §4.5): PML4 → PDPT → PD → PT,
 * 512 eight-byte entries per 4 KiB table, reached through {@link PhysMap}. Maps and
 * unmaps 4 KiB and 2 MiB pages; table frames come zeroed from the {@link FrameAllocator}.
 *
 * <p>TLB rule (SDM §4.10.4): changing or removing a present entry is followed by
 * {@code invlpg}; making a not-present entry present needs none, because the CPU does
 * not cache not-present translations (§4.10.4.3).
 *
 * <p>Map and unmap never allocate Java objects, so the page-fault handler may use them.
 * Errors are negative codes; physical addresses are never negative.
 */
public final class PageTable {
    public static final long PAGE_4K = 4096;
    public static final long PAGE_2M = 2L << 20;
    public static final long PAGE_1G = 1L << 30;

    public static final int OK = 0;
    /** No frame was left for a page table (or the frame of a split). */
    public static final int NO_MEMORY = -2;
    /** Something is already mapped there (or a larger page covers it). */
    public static final int ALREADY_MAPPED = -3;
    /** The address is not page-aligned or not canonical. */
    public static final int BAD_ADDRESS = -4;
    /** Returned by {@link #unmap} and {@link #translate}: nothing mapped. */
    public static final long NOT_MAPPED = -1;

    /** Index bits per level and the shift of level 0 (SDM §4.5.4, Figure 4-8). */
    private static final int LEVEL_BITS = 9;
    static final int ENTRIES = 512;
    static final int PML4 = 3;
    static final int PDPT = 2;
    static final int PD = 1;
    static final int PT = 0;

    /** NX is only legal with IA32_EFER.NXE=1; otherwise bit 63 is reserved (SDM §4.5.5). */
    private static long leafMask = ~0L;

    private final FrameAllocator frames;
    private final long root;
    /** Bumped by every change to the entries below the root: the counts below stay good until then. */
    private long changes;
    /** The value of changes when pagesCounted and tablesCounted were walked; -1: never. */
    private long countedAt = -1;
    private long pagesCounted;
    private long tablesCounted;

    /** A new, empty tree; throws if not even the PML4 frame is available (boot-time only). */
    public PageTable(FrameAllocator frames) {
        this.frames = frames;
        this.root = frames.allocZeroed(0);
        if (root == FrameAllocator.NONE) {
            throw new IllegalStateException("no frame for a PML4");
        }
    }

    private PageTable(FrameAllocator frames, long root) {
        this.frames = frames;
        this.root = root;
    }

    /**
     * Gives every upper-half PML4 entry (256..511) of this table a PDPT, so that a view
     * made from it ({@link #newView}) shares all kernel mappings made at any later time:
     * views copy the entries once, and a kernel PDPT is never freed (see {@link #unmapRange}).
     * Returns OK or NO_MEMORY.
     */
    public int fillKernelHalf() {
        for (int i = ENTRIES / 2; i < ENTRIES; i++) {
            long slot = PhysMap.virt(root + 8L * i);
            if ((Mem.read64(slot) & PageFlags.PRESENT) == 0) {
                long t = frames.allocZeroed(0);
                if (t == FrameAllocator.NONE) {
                    return NO_MEMORY;
                }
                Mem.write64(slot, t | PageFlags.PRESENT | PageFlags.WRITE);
            }
        }
        return OK;
    }

    /**
     * A task's view: an empty lower half of its own and this (kernel) table's upper half,
     * shared by copying the PML4 entries 256..511. Null if no frame is left.
     */
    public PageTable newView() {
        long r = frames.allocZeroed(0);
        if (r == FrameAllocator.NONE) {
            return null;
        }
        Mem.copy(PhysMap.virt(r + 8L * (ENTRIES / 2)), PhysMap.virt(root + 8L * (ENTRIES / 2)), 8L * (ENTRIES / 2));
        return new PageTable(frames, r);
    }

    /**
     * Frees a view's PML4 once its regions are unmapped (which freed the lower-half tables).
     * Returns the number of lower-half tables still found (0 when nothing leaked).
     */
    public int freeView() {
        int leaked = 0;
        for (int i = 0; i < ENTRIES / 2; i++) {
            if ((Mem.read64(PhysMap.virt(root + 8L * i)) & PageFlags.PRESENT) != 0) {
                leaked++;
            }
        }
        frames.free(root, 0);
        return leaked;
    }

    /** Frames of the lower-half (user) page tables of this tree, the PML4 included. */
    public long lowerTableFrames() {
        return 1 + countTables(root, PML4, 0, ENTRIES / 2);
    }

    /**
     * 4 KiB pages mapped in the lower (user) half: a walk of the tables that exist, so its
     * cost follows what is mapped, not how large the regions are.
     */
    public long lowerPages() {
        return countPages(root, PML4, 0, ENTRIES / 2);
    }

    /**
     * {@link #lowerPages()} as of now, walked again only when a mapping changed since the
     * last count: status reports ask for every task's figures on every call, and the walks
     * were a quarter of a status page's cost. (TASK_INFO, which checks leaks, always walks.)
     */
    @NoAlloc
    public long lowerPagesCounted() {
        recount();
        return pagesCounted;
    }

    /** {@link #lowerTableFrames()} as of now, walked again only after a change (see {@link #lowerPagesCounted}). */
    @NoAlloc
    public long lowerTableFramesCounted() {
        recount();
        return tablesCounted;
    }

    @NoAlloc
    private void recount() {
        if (countedAt != changes) {
            pagesCounted = lowerPages();
            tablesCounted = lowerTableFrames();
            countedAt = changes;
        }
    }

    /** Notes a change to an entry below the root (every writer of entries calls it). */
    @NoAlloc
    void changed() {
        changes++;
    }

    private long countPages(long table, int level, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            long e = Mem.read64(PhysMap.virt(table + 8L * i));
            if ((e & PageFlags.PRESENT) == 0) {
                continue;
            }
            if (level == PT || (e & PageFlags.HUGE) != 0) {
                n += 1L << (LEVEL_BITS * level);
            } else {
                n += countPages(e & PageFlags.ADDR_MASK, level - 1, 0, ENTRIES);
            }
        }
        return n;
    }

    /** Tables below entries [from, to) of a table of the given level (leaves are not tables). */
    private long countTables(long table, int level, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            long e = Mem.read64(PhysMap.virt(table + 8L * i));
            if ((e & PageFlags.PRESENT) != 0 && (e & PageFlags.HUGE) == 0) {
                n += 1 + (level - 1 > PT ? countTables(e & PageFlags.ADDR_MASK, level - 1, 0, ENTRIES) : 0);
            }
        }
        return n;
    }

    /** Physical address of the PML4, the value for CR3. */
    @NoAlloc
    public long root() {
        return root;
    }

    /** The allocator that supplies this tree's table frames. */
    public FrameAllocator frames() {
        return frames;
    }

    /** Whether NX may be used (the CPU has it and EFER.NXE is set); strips it otherwise. */
    public static void setNxEnabled(boolean enabled) {
        leafMask = enabled ? ~0L : ~PageFlags.NX;
    }

    /** Index of virt in the table of the given level (0 = PT ... 3 = PML4). */
    @NoAlloc
    static int index(long virt, int level) {
        return (int) (virt >>> (12 + LEVEL_BITS * level)) & (ENTRIES - 1);
    }

    @NoAlloc
    static long entryVirt(long table, long virt, int level) {
        return PhysMap.virt(table + 8L * index(virt, level));
    }

    /** Maps one 4 KiB page. flags: {@link PageFlags} bits; PRESENT is implied. */
    @NoAlloc
    public int map4k(long virt, long phys, long flags) {
        if ((phys & (PAGE_4K - 1)) != 0 || !AddressSpace.isCanonicalRange(virt, PAGE_4K)) {
            return BAD_ADDRESS;
        }
        long table = walkCreate(virt, PT, flags);
        if (table < 0) {
            return (int) table;
        }
        long slot = entryVirt(table, virt, PT);
        if ((Mem.read64(slot) & PageFlags.PRESENT) != 0) {
            return ALREADY_MAPPED;
        }
        changes++;
        Mem.write64(slot, (phys | flags | PageFlags.PRESENT) & ~PageFlags.HUGE & leafMask);
        return OK;
    }

    /**
     * The page table (PT) covering virt, created if missing, or {@link #NO_MEMORY}, or
     * {@link #ALREADY_MAPPED} when a large page covers virt: with {@link #entryVirt} and
     * {@link #setLeaf4k}, a demand fill looks at the entry and fills it in one walk.
     * virt must be canonical (it lies in a region).
     */
    @NoAlloc
    long leafTable(long virt, long flags) {
        changes++;   // the caller writes the leaf (setLeaf4k)
        return walkCreate(virt, PT, flags);
    }

    /** Writes the 4 KiB leaf entry at slot (an {@link #entryVirt} of a PT) as {@link #map4k} does. */
    @NoAlloc
    static void setLeaf4k(long slot, long phys, long flags) {
        Mem.write64(slot, (phys | flags | PageFlags.PRESENT) & ~PageFlags.HUGE & leafMask);
    }

    /** Maps one 2 MiB page (a PD entry with PS=1). */
    @NoAlloc
    public int map2m(long virt, long phys, long flags) {
        if (((virt | phys) & (PAGE_2M - 1)) != 0 || !AddressSpace.isCanonicalRange(virt, PAGE_2M)) {
            return BAD_ADDRESS;
        }
        long table = walkCreate(virt, PD, flags);
        if (table < 0) {
            return (int) table;
        }
        long slot = entryVirt(table, virt, PD);
        if ((Mem.read64(slot) & PageFlags.PRESENT) != 0) {
            return ALREADY_MAPPED;
        }
        changes++;
        Mem.write64(slot, (phys | flags | PageFlags.PRESENT | PageFlags.HUGE) & leafMask);
        return OK;
    }

    /**
     * Walks down to the table of level {@code target}, creating missing tables. Returns the
     * table's physical address or a negative code. Upper levels are made permissive
     * (WRITE, USER only if some leaf below is user) so the leaf decides (SDM §4.6.1:
     * rights are the intersection of all levels).
     */
    @NoAlloc
    private long walkCreate(long virt, int target, long leafFlags) {
        long user = leafFlags & PageFlags.USER;
        long table = root;
        for (int level = PML4; level > target; level--) {
            long slot = entryVirt(table, virt, level);
            long e = Mem.read64(slot);
            if ((e & PageFlags.PRESENT) == 0) {
                long t = frames.allocZeroed(0);
                if (t == FrameAllocator.NONE) {
                    return NO_MEMORY;
                }
                e = t | PageFlags.PRESENT | PageFlags.WRITE | user;
                changes++;
                Mem.write64(slot, e);
            } else if ((e & PageFlags.HUGE) != 0) {
                return ALREADY_MAPPED;
            } else if ((e & user) != user) {
                Mem.write64(slot, e | user);
            }
            table = e & PageFlags.ADDR_MASK;
        }
        return table;
    }

    /** Level (0 = PT, 1 = PD, 2 = PDPT) of the present leaf entry mapping virt, or -1. */
    @NoAlloc
    private int leafLevel(long virt) {
        long table = root;
        for (int level = PML4; level >= PT; level--) {
            long e = Mem.read64(entryVirt(table, virt, level));
            if ((e & PageFlags.PRESENT) == 0) {
                return -1;
            }
            if (level == PT || (level <= PDPT && (e & PageFlags.HUGE) != 0)) {
                return level;
            }
            table = e & PageFlags.ADDR_MASK;
        }
        return -1;
    }

    /** The leaf entry (flags and frame) mapping virt, or 0 if unmapped. Creates nothing. */
    @NoAlloc
    public long entry(long virt) {
        int level = leafLevel(virt);
        return level < 0 ? 0 : Mem.read64(entryVirt(tableAt(virt, level), virt, level));
    }

    /** Size of the page mapping virt (4 KiB, 2 MiB, 1 GiB), or 0 if unmapped. */
    @NoAlloc
    public long leafSize(long virt) {
        int level = leafLevel(virt);
        return level < 0 ? 0 : PAGE_4K << (LEVEL_BITS * level);
    }

    /**
     * The frame of the 4 KiB user page at virt if it is present and user-accessible (and
     * writable, if asked) at every level, else {@link #NOT_MAPPED}: one walk, for the
     * kernel's checked copies (a task's table maps only what it may touch).
     */
    @NoAlloc
    public long userPage(long virt, boolean write) {
        long table = root;
        long need = PageFlags.PRESENT | PageFlags.USER | (write ? PageFlags.WRITE : 0);
        for (int level = PML4; level > PT; level--) {
            long e = Mem.read64(entryVirt(table, virt, level));
            if ((e & need) != need || (e & PageFlags.HUGE) != 0) {
                return NOT_MAPPED;
            }
            table = e & PageFlags.ADDR_MASK;
        }
        long e = Mem.read64(entryVirt(table, virt, PT));
        return (e & need) == need ? e & PageFlags.ADDR_MASK : NOT_MAPPED;
    }

    /** The physical address virt maps to, or {@link #NOT_MAPPED}. */
    @NoAlloc
    public long translate(long virt) {
        long size = leafSize(virt);
        if (size == 0) {
            return NOT_MAPPED;
        }
        // The frame address bits of a leaf start at bit log2(size) (SDM Tables 4-15, 4-17, 4-19).
        return (entry(virt) & PageFlags.ADDR_MASK & -size) + (virt & (size - 1));
    }

    /**
     * Unmaps the 4 KiB page at virt; if a 2 MiB page covers it, that page is first split
     * into 512 4 KiB entries with the same rights. Returns the physical address that was
     * mapped, {@link #NOT_MAPPED}, or {@link #NO_MEMORY} if the split found no frame.
     * Empty tables are kept (see {@link #unmapRange} for pruning).
     */
    @NoAlloc
    public long unmap(long virt) {
        virt &= -PAGE_4K;
        long pd = tableAt(virt, PD);
        if (pd < 0) {
            return NOT_MAPPED;
        }
        long pdSlot = entryVirt(pd, virt, PD);
        long pde = Mem.read64(pdSlot);
        if ((pde & PageFlags.PRESENT) == 0) {
            return NOT_MAPPED;
        }
        if ((pde & PageFlags.HUGE) != 0 && split(pdSlot, pde, virt) != OK) {
            return NO_MEMORY;
        }
        long ptSlot = entryVirt(Mem.read64(pdSlot) & PageFlags.ADDR_MASK, virt, PT);
        long pte = Mem.read64(ptSlot);
        if ((pte & PageFlags.PRESENT) == 0) {
            return NOT_MAPPED;
        }
        changes++;
        Mem.write64(ptSlot, 0);
        Cpu.invlpg(virt);
        return pte & PageFlags.ADDR_MASK;
    }

    /** Unmaps the 2 MiB page at virt. Returns its physical address or {@link #NOT_MAPPED}. */
    @NoAlloc
    public long unmap2m(long virt) {
        virt &= -PAGE_2M;
        long pd = tableAt(virt, PD);
        if (pd < 0) {
            return NOT_MAPPED;
        }
        long slot = entryVirt(pd, virt, PD);
        long pde = Mem.read64(slot);
        if ((pde & (PageFlags.PRESENT | PageFlags.HUGE)) != (PageFlags.PRESENT | PageFlags.HUGE)) {
            return NOT_MAPPED;
        }
        changes++;
        Mem.write64(slot, 0);
        Cpu.invlpg(virt);
        return pde & PageFlags.ADDR_MASK_2M;
    }

    /** Replaces a 2 MiB leaf by a page table of 512 equivalent 4 KiB leaves. */
    @NoAlloc
    private int split(long pdSlot, long pde, long virt) {
        long pt = frames.alloc(0);
        if (pt == FrameAllocator.NONE) {
            return NO_MEMORY;
        }
        long base = pde & PageFlags.ADDR_MASK_2M;
        long flags = pde & ~PageFlags.ADDR_MASK & ~PageFlags.HUGE & ~PageFlags.PAT_LARGE;
        if ((pde & PageFlags.PAT_LARGE) != 0) {
            flags |= PageFlags.PAT_4K; // the PAT bit moves from bit 12 to bit 7 (SDM Table 4-20)
        }
        for (int i = 0; i < ENTRIES; i++) {
            Mem.write64(PhysMap.virt(pt + 8L * i), (base + i * PAGE_4K) | flags);
        }
        changes++;
        Mem.write64(pdSlot, pt | PageFlags.PRESENT | PageFlags.WRITE | (pde & PageFlags.USER));
        Cpu.invlpg(virt & -PAGE_2M);
        return OK;
    }

    /** Physical address of the existing table of the given level covering virt, or -1. */
    @NoAlloc
    long tableAt(long virt, int target) {
        long table = root;
        for (int level = PML4; level > target; level--) {
            long e = Mem.read64(entryVirt(table, virt, level));
            if ((e & PageFlags.PRESENT) == 0 || (e & PageFlags.HUGE) != 0) {
                return -1;
            }
            table = e & PageFlags.ADDR_MASK;
        }
        return table;
    }

    /**
     * Unmaps every page in [virt, virt+size) (whole 2 MiB pages at once, partial ones
     * split) without freeing the mapped frames, then frees page tables left empty. Lower-
     * half PDPTs go too; upper-half (kernel) PDPTs are kept because per-task views share
     * them through their PML4 entries. Returns OK or NO_MEMORY (a split failed).
     */
    public int unmapRange(long virt, long size) {
        return PageMapper.unmapRange(this, virt, size, false);
    }

    /**
     * Unmaps the pages of [virt, virt+size) keeping their frames: (virt, phys) pairs, for
     * moving them to another table (zero-copy page transfer).
     */
    public long[] takeRange(long virt, long size) {
        return PageMapper.takeRange(this, virt, size);
    }

    /** Maps a region: allocates zeroed frames for it unless it is demand-paged. */
    public int mapRegion(Region r) {
        return PageMapper.mapRegion(this, r, r.pageFlags());
    }

    /** Maps a region with explicit leaf flags. */
    public int mapRegion(Region r, long flags) {
        return PageMapper.mapRegion(this, r, flags);
    }

    /** Unmaps a region and frees the frames it owned; frees tables left empty. */
    public void unmapRegion(Region r) {
        PageMapper.unmapRange(this, r.base(), r.size(), !r.isReserved());
    }
}

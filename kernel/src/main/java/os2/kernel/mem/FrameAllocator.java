package os2.kernel.mem;

import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * Buddy allocator of physical 4 KiB frames: blocks of 2^k frames (k = 0..{@link #MAX_ORDER}),
 * each aligned to its own size in physical address space so a block's buddy is
 * {@code addr ^ size}.
 *
 * <p>Metadata lives outside the Java heap, in physical memory reached through
 * {@link PhysMap}: the free lists are intrusive (a free block's first frame holds the next
 * and previous block addresses), and one state byte per frame of the managed span records
 * "head of a free block of order k" or "head of an allocated block of order k". That is
 * 1 byte per 4 KiB (0.03%); coalescing and double-free checks are O(1) per level.
 * {@link #alloc} and {@link #free} never allocate Java objects.
 *
 * <p>Single frames freed are kept aside, up to {@link #CACHE_FRAMES} of them, for the next
 * single-frame allocations (as per-CPU page lists do in other kernels): a free and alloc of
 * one frame then cost no split and no merge, whatever the shape of the free lists, which
 * otherwise decides the cost (a pair splits and merges k times when the smallest free block
 * has order k). Cached frames count as free; they go back to the lists (and merge) when a
 * larger block cannot be found, and before the lists' shape is read ({@link #freeBlocks}).
 */
public final class FrameAllocator {
    public static final long FRAME_SIZE = 4096;
    public static final int FRAME_SHIFT = 12;
    /** Largest block: 2^18 frames = 1 GiB. */
    public static final int MAX_ORDER = 18;
    /** Returned by {@link #alloc} when no block is available; also "no link" in the lists. */
    public static final long NONE = -1;

    private static final int STATE_FREE = 0x80;
    private static final int STATE_USED = 0x40;
    private static final int ORDER_BITS = 0x3F;
    /** State of a frame in the single-frame cache: neither a free block nor allocated. */
    private static final int STATE_CACHED = STATE_FREE | STATE_USED;
    /** Single frames kept aside by {@link #free} for {@link #alloc}. */
    public static final int CACHE_FRAMES = 32;
    /** The cache refills with a block of up to 2^REFILL_ORDER frames (at most CACHE_FRAMES). */
    static final int REFILL_ORDER = 4;
    /** Offsets of the intrusive links inside a free block's first frame. */
    private static final long NEXT = 0;
    private static final long PREV = 8;

    private final long spanBase;
    private final long spanEnd;
    private final long statePhys;
    private final long[] head = new long[MAX_ORDER + 1];
    private final long[] blocks = new long[MAX_ORDER + 1];
    private final long[] cache = new long[CACHE_FRAMES];
    private int cached;
    private long totalFrames;
    private long freeFrames;

    /**
     * An allocator that can manage frames in [spanBase, spanEnd), empty until
     * {@link #addRange} feeds it. {@code statePhys} is where its
     * {@link #metadataBytes} state bytes live; that memory must not be handed out.
     */
    public FrameAllocator(long spanBase, long spanEnd, long statePhys) {
        this.spanBase = spanBase & -FRAME_SIZE;
        this.spanEnd = spanEnd & -FRAME_SIZE;
        this.statePhys = statePhys;
        for (int k = 0; k <= MAX_ORDER; k++) {
            head[k] = NONE;
        }
        Mem.fill(PhysMap.virt(statePhys), (byte) 0, metadataBytes(this.spanBase, this.spanEnd));
    }

    /** Bytes of state needed to manage [spanBase, spanEnd), rounded up to whole frames. */
    public static long metadataBytes(long spanBase, long spanEnd) {
        long frames = ((spanEnd & -FRAME_SIZE) - (spanBase & -FRAME_SIZE)) >>> FRAME_SHIFT;
        return (frames + FRAME_SIZE - 1) & -FRAME_SIZE;
    }

    /**
     * Hands the frames of [base, base+length) (shrunk to whole frames) to the allocator.
     * Ranges must lie in the span and must not overlap each other or the state bytes.
     */
    public void addRange(long base, long length) {
        long addr = (base + FRAME_SIZE - 1) & -FRAME_SIZE;
        long end = (base + length) & -FRAME_SIZE;
        if (addr < spanBase || end > spanEnd) {
            throw new IllegalArgumentException("range outside the allocator's span");
        }
        while (addr < end) {
            int order = MAX_ORDER;
            while (order > 0 && ((addr & (blockSize(order) - 1)) != 0 || addr + blockSize(order) > end)) {
                order--;
            }
            totalFrames += 1L << order;
            freeFrames += 1L << order;
            release(addr, order);
            addr += blockSize(order);
        }
    }

    /** Allocates 2^order contiguous frames; returns the physical address or {@link #NONE}. */
    @NoAlloc
    public long alloc(int order) {
        if (order < 0 || order > MAX_ORDER) {
            return NONE;
        }
        if (order == 0) {
            if (cached == 0) {
                refill();
            }
            if (cached > 0) {
                long addr = cache[--cached];
                setState(addr, STATE_USED);
                freeFrames--;
                return addr;
            }
        }
        long addr = allocBlock(order);
        if (addr == NONE && cached > 0) {
            drain(); // the cached frames may merge into the block asked for
            addr = allocBlock(order);
        }
        return addr;
    }

    /**
     * Fills the empty single-frame cache from the smallest free block, up to
     * {@link #REFILL_ORDER}: one split for the next 2^REFILL_ORDER single frames instead of
     * one list operation each (demand faults come in runs). Takes the block the lists would
     * have split anyway, and the frames come out in the same (ascending) order; no single
     * frame is taken when a free one is on the lists already (its own block is smallest).
     */
    @NoAlloc
    private void refill() {
        int k = 0;
        while (k <= MAX_ORDER && head[k] == NONE) {
            k++;
        }
        if (k == 0 || k > MAX_ORDER) {
            return;   // a single free frame is on the lists (the plain path takes it), or none is left
        }
        int order = k > REFILL_ORDER ? REFILL_ORDER : k;
        long addr = allocBlock(order);
        if (addr == NONE) {
            return;
        }
        // Highest first: alloc pops from the top, so the lowest frame comes out first.
        for (long f = addr + blockSize(order) - FRAME_SIZE; f >= addr; f -= FRAME_SIZE) {
            setState(f, STATE_CACHED);
            cache[cached++] = f;
        }
        freeFrames += 1L << order;
    }

    /** {@link #alloc} from the free lists alone. */
    @NoAlloc
    private long allocBlock(int order) {
        int k = order;
        while (k <= MAX_ORDER && head[k] == NONE) {
            k++;
        }
        if (k > MAX_ORDER) {
            return NONE;
        }
        long addr = head[k];
        unlink(addr, k);
        while (k > order) {
            // Split: keep the lower half, the upper half becomes a free block one order down.
            k--;
            push(addr + blockSize(k), k);
        }
        setState(addr, STATE_USED | order);
        freeFrames -= 1L << order;
        return addr;
    }

    /** Allocates 2^order frames and fills them with zeros; {@link #NONE} if none are left. */
    @NoAlloc
    public long allocZeroed(int order) {
        long addr = alloc(order);
        if (addr != NONE) {
            Mem.fill(PhysMap.virt(addr), (byte) 0, blockSize(order));
        }
        return addr;
    }

    /**
     * Returns a block from {@link #alloc} with the same order. Returns false, changing
     * nothing, if addr is not the head of an allocated block of that order (double free,
     * wrong order, foreign address).
     */
    @NoAlloc
    public boolean free(long addr, int order) {
        if (order < 0 || order > MAX_ORDER || addr < spanBase || addr >= spanEnd
                || (addr & (blockSize(order) - 1)) != 0 || state(addr) != (STATE_USED | order)) {
            return false;
        }
        freeFrames += 1L << order;
        if (order == 0 && cached < CACHE_FRAMES) {
            setState(addr, STATE_CACHED);
            cache[cached++] = addr;
            return true;
        }
        setState(addr, 0);
        release(addr, order);
        return true;
    }

    /** Returns the cached single frames to the free lists, merging them with their buddies. */
    @NoAlloc
    public void drain() {
        while (cached > 0) {
            long addr = cache[--cached];
            setState(addr, 0);
            release(addr, 0);
        }
    }

    /** Puts a block on the free lists, merging it with its buddy as long as that is free. */
    @NoAlloc
    private void release(long addr, int order) {
        while (order < MAX_ORDER) {
            long buddy = addr ^ blockSize(order);
            if (buddy < spanBase || buddy + blockSize(order) > spanEnd
                    || state(buddy) != (STATE_FREE | order)) {
                break;
            }
            unlink(buddy, order);
            addr &= ~blockSize(order);
            order++;
        }
        push(addr, order);
    }

    @NoAlloc
    private void push(long addr, int order) {
        long first = head[order];
        Mem.write64(PhysMap.virt(addr + NEXT), first);
        Mem.write64(PhysMap.virt(addr + PREV), NONE);
        if (first != NONE) {
            Mem.write64(PhysMap.virt(first + PREV), addr);
        }
        head[order] = addr;
        blocks[order]++;
        setState(addr, STATE_FREE | order);
    }

    @NoAlloc
    private void unlink(long addr, int order) {
        long next = Mem.read64(PhysMap.virt(addr + NEXT));
        long prev = Mem.read64(PhysMap.virt(addr + PREV));
        if (prev == NONE) {
            head[order] = next;
        } else {
            Mem.write64(PhysMap.virt(prev + NEXT), next);
        }
        if (next != NONE) {
            Mem.write64(PhysMap.virt(next + PREV), prev);
        }
        blocks[order]--;
        setState(addr, 0);
    }

    @NoAlloc
    private int state(long addr) {
        return Mem.read8(PhysMap.virt(statePhys + ((addr - spanBase) >>> FRAME_SHIFT))) & 0xFF;
    }

    @NoAlloc
    private void setState(long addr, int s) {
        Mem.write8(PhysMap.virt(statePhys + ((addr - spanBase) >>> FRAME_SHIFT)), (byte) s);
    }

    /** Bytes in a block of the given order. */
    @NoAlloc
    public static long blockSize(int order) {
        return FRAME_SIZE << order;
    }

    /** Smallest order whose block holds {@code bytes}. */
    @NoAlloc
    public static int orderFor(long bytes) {
        int k = 0;
        while (k < MAX_ORDER && blockSize(k) < bytes) {
            k++;
        }
        return k;
    }

    /** Frames ever handed to {@link #addRange}. */
    @NoAlloc
    public long totalFrames() {
        return totalFrames;
    }

    /** Frames on the free lists now. */
    @NoAlloc
    public long freeFrames() {
        return freeFrames;
    }

    /** Frames allocated now. */
    @NoAlloc
    public long usedFrames() {
        return totalFrames - freeFrames;
    }

    /** Number of free blocks of one order, once the cached frames are back on the lists. */
    @NoAlloc
    public long freeBlocks(int order) {
        drain();
        return blocks[order];
    }

    /** First block of an order's free list, or {@link #NONE} (for tests and diagnostics). */
    long firstFree(int order) {
        drain();
        return head[order];
    }

    /** The block after {@code block} on its free list, or {@link #NONE}. */
    long nextFree(long block) {
        return Mem.read64(PhysMap.virt(block + NEXT));
    }

    /** "free 1234/4096 frames, blocks by order: 0:1 3:2 ..." (diagnostics; allocates). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        drain();
        sb.append("frames: ").append(freeFrames).append(" free of ").append(totalFrames)
                .append(" (").append(usedFrames()).append(" used); free blocks by order:");
        for (int k = 0; k <= MAX_ORDER; k++) {
            if (blocks[k] != 0) {
                sb.append(' ').append(k).append(':').append(blocks[k]);
            }
        }
        return sb.toString();
    }
}

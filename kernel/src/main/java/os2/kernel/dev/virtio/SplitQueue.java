package os2.kernel.dev.virtio;

import os2.rt.Mem;

/**
 * One split virtqueue (virtio 1.0 §2.4) in memory the driver owns: the descriptor
 * table, the available ring (driver to device) and the used ring (device to driver),
 * laid out one after another at {@code virt} (the kernel's address) = {@code phys}
 * (the device's). Ring indexes are free-running 16-bit counters (§2.4.6, §2.4.8); the
 * slot is the index modulo the queue size, which is a power of two.
 *
 * <p>Ordering: every access goes through {@link Mem}, which the compiler makes volatile,
 * and x86 keeps stores in order with stores and loads with loads, so writing a ring
 * entry before the index that publishes it (and reading the used index before the
 * entries it covers) needs no fence.
 */
public final class SplitQueue {
    // struct virtq_desc (§2.4.5)
    static final int DESC_SIZE = 16;
    static final int DESC_ADDR = 0;
    static final int DESC_LEN = 8;
    static final int DESC_FLAGS = 12;
    static final int DESC_NEXT = 14;
    /** Descriptor flags (§2.4.5): the buffer continues in next; device writes it; indirect table. */
    public static final int DESC_F_NEXT = 1;
    public static final int DESC_F_WRITE = 2;
    public static final int DESC_F_INDIRECT = 4;

    // struct virtq_avail (§2.4.6): flags, idx, ring[size], used_event
    static final int AVAIL_FLAGS = 0;
    static final int AVAIL_IDX = 2;
    static final int AVAIL_RING = 4;
    static final int AVAIL_F_NO_INTERRUPT = 1;
    // struct virtq_used (§2.4.8): flags, idx, ring[size] of {le32 id, le32 len}, avail_event
    static final int USED_FLAGS = 0;
    static final int USED_IDX = 2;
    static final int USED_RING = 4;
    static final int USED_ELEM_SIZE = 8;
    /** Alignment of the used ring (§2.4, table "Virtqueue Part Alignment"). */
    static final int USED_ALIGN = 4;
    /** Split queues hold at most 32768 entries (§2.4). */
    public static final int MAX_SIZE = 32768;
    static final int INDEX_MASK = 0xFFFF;

    /** What {@link #takeUsed} returns when the used ring has nothing new. */
    public static final int NONE = -1;
    /** What {@link #takeUsed} returns for an entry naming a descriptor outside the table. */
    public static final int BAD_ID = -2;

    private final int size;
    private final long virt;
    private final long phys;
    private final long availOffset;
    private final long usedOffset;
    private int availIdx;
    private int lastUsed;
    private int usedLen;

    /** A queue of size entries in zeroed memory of {@link #bytes}(size) bytes. */
    public SplitQueue(int size, long virt, long phys) {
        if (size <= 0 || size > MAX_SIZE || (size & (size - 1)) != 0) {
            throw new IllegalArgumentException("queue size " + size + " is not a power of two in 1.." + MAX_SIZE);
        }
        this.size = size;
        this.virt = virt;
        this.phys = phys;
        this.availOffset = (long) DESC_SIZE * size;
        this.usedOffset = align(availOffset + AVAIL_RING + 2L * size + 2, USED_ALIGN);
    }

    /** Bytes of memory a queue of size entries needs (descriptors, available ring, used ring). */
    public static long bytes(int size) {
        long used = align((long) DESC_SIZE * size + AVAIL_RING + 2L * size + 2, USED_ALIGN);
        return used + USED_RING + (long) USED_ELEM_SIZE * size + 2;
    }

    private static long align(long v, int a) {
        return (v + a - 1) & -a;
    }

    public int size() { return size; }
    public long descPhys() { return phys; }
    public long availPhys() { return phys + availOffset; }
    public long usedPhys() { return phys + usedOffset; }

    /** Fills descriptor id (§2.4.5). */
    public void setDescriptor(int id, long addr, int len, int flags, int next) {
        long d = virt + (long) DESC_SIZE * checkId(id);
        Mem.write64(d + DESC_ADDR, addr);
        Mem.write32(d + DESC_LEN, len);
        Mem.write16(d + DESC_FLAGS, (short) flags);
        Mem.write16(d + DESC_NEXT, (short) next);
    }

    /** The buffer length of descriptor id as the driver set it. */
    public int descriptorLength(int id) {
        return Mem.read32(virt + (long) DESC_SIZE * checkId(id) + DESC_LEN);
    }

    /** Offers the chain headed by descriptor id to the device (§2.4.7.2): ring slot first, then the index. */
    public void publish(int id) {
        Mem.write16(virt + availOffset + AVAIL_RING + 2L * (availIdx & (size - 1)), (short) checkId(id));
        availIdx = (availIdx + 1) & INDEX_MASK;
        Mem.write16(virt + availOffset + AVAIL_IDX, (short) availIdx);
    }

    /**
     * Asks the device not to interrupt when it uses this queue's buffers
     * (VIRTQ_AVAIL_F_NO_INTERRUPT, §2.4.7): a hint; the driver reclaims them when it looks.
     */
    public void suppressInterrupts() {
        Mem.write16(virt + availOffset + AVAIL_FLAGS, (short) AVAIL_F_NO_INTERRUPT);
    }

    /** The available index the driver last published. */
    public int availIndex() {
        return availIdx;
    }

    /**
     * Used entries the device returned that were not taken yet. The device can never
     * be ahead by more than the queue size; if it claims to be, it is broken
     * (IllegalStateException) and nothing it wrote can be trusted.
     */
    public int pendingUsed() {
        int n = ((Mem.read16(virt + usedOffset + USED_IDX) & INDEX_MASK) - lastUsed) & INDEX_MASK;
        if (n > size) {
            throw new IllegalStateException("device moved used.idx " + n + " entries ahead (queue size " + size + ")");
        }
        return n;
    }

    /**
     * Takes the next used entry: the head descriptor's id ({@link #usedLength()} has the
     * bytes the device wrote), {@link #NONE} if there is none, or {@link #BAD_ID} for an
     * entry naming no descriptor of this queue (consumed, so the ring moves on).
     */
    public int takeUsed() {
        if (pendingUsed() == 0) {
            return NONE;
        }
        long e = virt + usedOffset + USED_RING + (long) USED_ELEM_SIZE * (lastUsed & (size - 1));
        int id = Mem.read32(e);
        usedLen = Mem.read32(e + 4);
        lastUsed = (lastUsed + 1) & INDEX_MASK;
        return id >= 0 && id < size ? id : BAD_ID;
    }

    /** Bytes written by the device into the entry {@link #takeUsed} returned last (unsigned). */
    public int usedLength() {
        return usedLen;
    }

    /** The next used index the driver expects. */
    public int lastUsed() {
        return lastUsed;
    }

    private int checkId(int id) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException("descriptor " + id + " is outside queue of " + size);
        }
        return id;
    }
}

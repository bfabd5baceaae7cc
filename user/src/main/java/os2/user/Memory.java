package os2.user;

import os2.rt.Mem;

/**
 * A region of the task's own memory from REGION_ALLOC: demand-paged (a page costs a frame
 * on first touch), with the rights asked for (never writable and executable at once).
 * Read and write it with {@link #get8}/{@link #put8} and friends; they check the bounds.
 */
public final class Memory implements AutoCloseable {
    private final long base;
    private final long size;
    private boolean freed;

    private Memory(long base, long size) {
        this.base = base;
        this.size = size;
    }

    /** A new region of at least size bytes (rounded up to 4 KiB), with rights {@link Sys#R}, {@link Sys#W}, ... */
    public static Memory allocate(long size, int rights) {
        long base = Sys.check(Sys.regionAlloc(size, rights), "REGION_ALLOC");
        return new Memory(base, (size + 4095) & ~4095L);
    }

    public long base() {
        return base;
    }

    public long size() {
        return size;
    }

    public byte get8(long offset) {
        return Mem.read8(address(offset, 1));
    }

    public void put8(long offset, byte v) {
        Mem.write8(address(offset, 1), v);
    }

    public long get64(long offset) {
        return Mem.read64(address(offset, 8));
    }

    public void put64(long offset, long v) {
        Mem.write64(address(offset, 8), v);
    }

    /** Returns the region to the kernel; using it afterwards is an error. */
    public void free() {
        if (!freed) {
            freed = true;
            Sys.check(Sys.regionFree(base), "REGION_FREE");
        }
    }

    @Override
    public void close() {
        free();
    }

    private long address(long offset, int width) {
        if (freed) {
            throw new IllegalStateException("region at 0x" + Long.toHexString(base) + " was freed");
        }
        if (offset < 0 || offset > size - width) {
            throw new IndexOutOfBoundsException("offset " + offset + " of a " + size + "-byte region");
        }
        return base + offset;
    }
}

package os2.user;

import os2.rt.Mem;

/**
 * A region of memory reached through a capability: allocated with a memory capability
 * (REGION_ALLOC; demand-paged: a page costs a frame on first touch), or received in a
 * message or grant ({@link #of}). Its address is the same in every task that holds it
 * (one address space), so pointers inside stay valid when it moves. Read and write it
 * with {@link #get8}/{@link #put8} and friends; they check the bounds (the kernel checks
 * the rights: touching a region whose capability was moved away or revoked faults).
 */
public final class Region implements AutoCloseable {
    private final Handle handle;
    private final long base;
    private final long size;

    private Region(Handle handle, long base, long size) {
        this.handle = handle;
        this.base = base;
        this.size = size;
    }

    /** A new region of at least size bytes (rounded up to 4 KiB), flags {@link Sys#R}, {@link Sys#W}, ... */
    public static Region allocate(Handle memory, long size, int flags) {
        long[] out = new long[2];
        long base = Sys.check(Sys.regionAlloc(memory.lo(), memory.hi(), size, flags, out), "REGION_ALLOC");
        return new Region(Handle.at(out, 0), base, (size + 4095) & ~4095L);
    }

    /** {@link #allocate} with the task's memory capability (start slot 3). */
    public static Region allocate(long size, int flags) {
        return allocate(Caps.require(Caps.MEMORY, "memory"), size, flags);
    }

    /** The region a handle names (e.g. one received in a message): its base and size from CAP_INFO. */
    public static Region of(Handle h) {
        Cap.Info i = Cap.info(h);
        if (i.kind() != Sys.K_REGION) {
            throw new SysException("CAP_INFO: not a region (kind " + i.kind() + ")", Sys.E_BADHANDLE);
        }
        return new Region(h, i.base(), i.size());
    }

    public Handle handle() {
        return handle;
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

    /** A copy of this region's capability with fewer rights (e.g. read-only for a child). */
    public Handle derive(long rights) {
        return Cap.derive(handle, rights);
    }

    /** Takes back every copy derived from this capability: their holders' pages are unmapped. */
    public long revoke() {
        return Cap.revoke(handle);
    }

    /** Drops this capability (for the original one: frees the region). */
    @Override
    public void close() {
        Cap.close(handle);
    }

    private long address(long offset, int width) {
        if (offset < 0 || offset > size - width) {
            throw new IndexOutOfBoundsException("offset " + offset + " of a " + size + "-byte region");
        }
        return base + offset;
    }

    @Override
    public String toString() {
        return "Region[0x" + Long.toHexString(base) + ", " + size + " bytes]";
    }
}

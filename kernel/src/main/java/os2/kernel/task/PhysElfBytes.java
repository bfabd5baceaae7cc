package os2.kernel.task;

import os2.kernel.mem.PhysMap;
import os2.rt.Mem;

/** An ELF file in physical memory (a boot module), read through the direct map. */
final class PhysElfBytes implements ElfBytes {
    private final long start;
    private final long size;

    PhysElfBytes(long start, long size) {
        this.start = start;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int u8(long off) {
        return Mem.read8(PhysMap.virt(start + off)) & 0xFF;
    }

    /** Direct-map address of the file byte at off (for bulk copies of segment data). */
    long address(long off) {
        return PhysMap.virt(start + off);
    }
}

package os2.kernel.task;

import os2.kernel.mem.PhysMap;
import os2.rt.Mem;

/** An ELF file in physical memory (a boot module), read through the direct map. */
final class PhysElfBytes implements ElfSource {
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

    @Override
    public long address(long off) {
        return PhysMap.virt(start + off);
    }

    @Override
    public long contiguous(long off) {
        return size - off;   // a module is physically contiguous
    }
}

package os2.kernel.task;

import os2.kernel.mem.PageTable;
import os2.kernel.mem.Region;
import os2.rt.Mem;

/**
 * An ELF image in a task's own memory (SPAWN_IMAGE), read through that task's page
 * table and the direct map; the range was checked to lie in one of its regions. The
 * caller is in the system call, so the bytes cannot change while they are loaded.
 */
final class UserElfBytes implements ElfSource {
    private final Task owner;
    private final Region region;
    private final long base;
    private final long size;
    /** The last page translated, for the parser's byte-by-byte reads. */
    private long cachedPage = -1;
    private long cachedAddress;

    UserElfBytes(Task owner, Region region, long base, long size) {
        this.owner = owner;
        this.region = region;
        this.base = base;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int u8(long off) {
        long a = address(off);
        return a == 0 ? 0 : Mem.read8(a) & 0xFF;
    }

    @Override
    public long address(long off) {
        long u = base + off;
        long page = u & -PageTable.PAGE_4K;
        if (page != cachedPage) {
            long k = UserMemory.kernelAddress(owner, region, page);
            if (k == 0) {
                return 0;   // no frame for an untouched page: reads as zeros, copies fail
            }
            cachedPage = page;
            cachedAddress = k;
        }
        return cachedAddress + (u - page);
    }

    @Override
    public long contiguous(long off) {
        long u = base + off;
        return Math.min(size - off, PageTable.PAGE_4K - (u & (PageTable.PAGE_4K - 1)));
    }
}

package os2.kernel.mem;

/**
 * Device registers in physical address space (PCI memory BARs) mapped into the kernel
 * half, uncached: PCD|PWT select memory type UC through the PAT's power-on entries
 * (Intel SDM vol. 3A §11.12.3), so every load and store reaches the device in program
 * order and nothing is combined or read speculatively. Each window is a region of the
 * kernel address space (its name shows in page-fault reports) with an unmapped guard
 * page on each side; the region is RESERVED, so no frames are allocated for it.
 */
public final class DeviceMemory {
    static final long PAGE = PageTable.PAGE_4K;
    /** Kernel data, uncached. */
    static final long MMIO_FLAGS = PageFlags.KERNEL_RW | PageFlags.CACHE_DISABLE | PageFlags.WRITE_THROUGH;

    private DeviceMemory() {
    }

    /**
     * Maps [phys, phys + size) and returns the virtual address of phys (page offset
     * kept). Throws IllegalStateException when there is no room or no memory for page
     * tables, IllegalArgumentException for an empty or wrapping range.
     */
    public static long map(long phys, long size, String name) {
        if (size <= 0 || phys < 0 || phys + size < phys) {
            throw new IllegalArgumentException(name + ": bad device window 0x" + Long.toHexString(phys)
                    + " size 0x" + Long.toHexString(size));
        }
        long first = phys & -PAGE;
        long end = (phys + size + PAGE - 1) & -PAGE;
        Region r = Memory.space().allocate(end - first, Region.RESERVED | Region.WRITABLE, PAGE, PAGE, true, name);
        if (r == null) {
            throw new IllegalStateException(name + ": no kernel address space for 0x" + Long.toHexString(end - first)
                    + " bytes");
        }
        int rc = PageMapper.mapPhys(Memory.kernelTable(), r.base(), first, end - first, MMIO_FLAGS);
        if (rc != PageTable.OK) {
            PageMapper.unmapRange(Memory.kernelTable(), r.base(), end - first, false);
            Memory.space().release(r);
            throw new IllegalStateException(name + ": mapping failed, page-table error " + rc);
        }
        return r.base() + (phys - first);
    }
}

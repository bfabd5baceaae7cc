package os2.kernel.mem;

import os2.rt.Mem;

/**
 * The kernel image in the new page tables: mapped at {@link Memory#KERNEL_VIRT_BASE} +
 * physical address, section by section W^X, from the linker script's symbols
 * (virtual addresses, 4 KiB-aligned): text [_text_start, _text_end) read+execute,
 * rodata [_rodata_start, _rodata_end) read-only, data and bss [_data_start, _bss_end)
 * read+write, no execute. Anything else inside the image (Multiboot header, boot code)
 * is read-only, no execute: it is never run again after the switch.
 */
final class KernelImage {
    private KernelImage() {
    }

    private static long down(long a) {
        return a & -PageTable.PAGE_4K;
    }

    private static long up(long a) {
        return (a + PageTable.PAGE_4K - 1) & -PageTable.PAGE_4K;
    }

    /** Leaf flags for the image page at virt. */
    static long flagsAt(long virt) {
        if (in(virt, Mem.symbol("_text_start"), Mem.symbol("_text_end"))) {
            return PageFlags.KERNEL_RX;
        }
        if (in(virt, Mem.symbol("_rodata_start"), Mem.symbol("_rodata_end"))) {
            return PageFlags.KERNEL_RO;
        }
        if (in(virt, Mem.symbol("_data_start"), Mem.symbol("_bss_end"))) {
            return PageFlags.KERNEL_RW;
        }
        return PageFlags.KERNEL_RO;
    }

    private static boolean in(long virt, long start, long end) {
        return Long.compareUnsigned(virt, down(start)) >= 0 && Long.compareUnsigned(virt, up(end)) < 0;
    }

    /** Maps every page of the image with its section's rights. */
    static void map(PageTable table, long physStart, long physEnd) {
        for (long p = down(physStart); p < up(physEnd); p += PageTable.PAGE_4K) {
            long virt = Memory.KERNEL_VIRT_BASE + p;
            Memory.check(table.map4k(virt, p, flagsAt(virt)), "kernel image");
        }
    }

    /**
     * Registers the top 2 GiB (the -mcmodel=kernel window, up to the very last address)
     * as reserved regions: one per section, so a fault there is classified (a write to
     * text is a W^X violation), and the rest of the window as "kernel window".
     */
    static void reserve(AddressSpace space) {
        long text = down(Mem.symbol("_text_start"));
        long textEnd = up(Mem.symbol("_text_end"));
        long ro = down(Mem.symbol("_rodata_start"));
        long roEnd = up(Mem.symbol("_rodata_end"));
        long data = down(Mem.symbol("_data_start"));
        long dataEnd = up(Mem.symbol("_bss_end"));
        space.reserve(text, textEnd - text, Region.RESERVED | Region.EXECUTABLE, "kernel text");
        space.reserve(ro, roEnd - ro, Region.RESERVED, "kernel rodata");
        space.reserve(data, dataEnd - data, Region.RESERVED | Region.WRITABLE, "kernel data+bss");
        gap(space, Memory.KERNEL_VIRT_BASE, text);
        gap(space, textEnd, ro);
        gap(space, roEnd, data);
        // From the end of bss to 2^64: the size is computed as 0 - dataEnd, which is exact.
        gap(space, dataEnd, 0);
    }

    /** Reserves [from, to) (to == 0 meaning 2^64) if it is non-empty and free. */
    private static void gap(AddressSpace space, long from, long to) {
        long size = to - from;
        if (size > 0) {
            space.reserve(from, size, Region.RESERVED, "kernel window");
        }
    }
}

package os2.kernel.mem;

import java.util.List;
import os2.rt.Cpu;

/**
 * Brings up memory management in one call from Kernel.main: the frame allocator over the
 * Multiboot memory map, new page tables with the direct map of all RAM and the kernel
 * image mapped W^X, the switch to them (which drops the boot identity mapping), the
 * kernel address space with its fixed windows, the page-fault handler and the kernel heap.
 * See docs/ARCHITECTURE.md ("Memory") for the resulting layout.
 *
 * <p>What the caller must guarantee, because the boot identity mapping disappears with the
 * CR3 switch: the running stack, the GDT/IDT/TSS and everything else in use are reached
 * through higher-half addresses (the kernel window), and the linker script aligns the
 * section symbols to 4 KiB. Multiboot structures are read through {@link PhysMap} after.
 */
public final class Memory {
    /** The kernel image is linked at this base + its physical address (-mcmodel=kernel). */
    public static final long KERNEL_VIRT_BASE = 0xFFFF_FFFF_8000_0000L;
    /** RAM below 1 MiB (real-mode IVT, BDA, EBDA, option ROMs) is never handed out. */
    public static final long LOW_MEMORY_END = 1L << 20;
    /** The legacy VGA frame buffer window [0xA0000, 0xC0000): the text console at 0xB8000 is in it. */
    static final long VGA_WINDOW = 0xA_0000L;
    static final long VGA_WINDOW_SIZE = 0x2_0000L;
    /** IA32_EFER (SDM vol. 3A §2.2.1, Table 2-1 / vol. 4 MSR index C000_0080H). */
    static final int MSR_EFER = 0xC000_0080;
    /** EFER.NXE: enables the XD bit in page-table entries (SDM §4.1.1, §4.6.2). */
    static final long EFER_NXE = 1L << 11;
    /** CR0.WP: supervisor writes honour read-only pages, which W^X relies on (SDM §2.5). */
    static final long CR0_WP = 1L << 16;
    /** CR4.PGE: global pages survive CR3 writes (SDM §2.5, §4.10.2.4). */
    static final long CR4_PGE = 1L << 7;
    /** CPUID.80000001H:EDX bit 20: execute-disable supported. */
    static final int CPUID_EXT_FEATURES = 0x8000_0001;
    static final int CPUID_EDX_NX = 1 << 20;

    /** JVM tests: keep accessing physical memory at the boot offset after the CR3 switch. */
    static boolean keepBootOffset;

    private static FrameAllocator frames;
    private static AddressSpace space;
    private static PageTable kernelTable;
    private static long ramBytes;
    private static long ramEnd;
    private static boolean nx;
    private static String heapWarning;

    private Memory() {
    }

    /**
     * Initialises memory management. Throws IllegalStateException (for Kernel.main to turn
     * into a panic) if memory is too small to even hold the allocator and tables.
     *
     * @param map             the Multiboot memory map
     * @param kernelPhysStart first physical byte of the loaded kernel image
     * @param kernelPhysEnd   physical end (exclusive) of the image including .bss
     * @param reserved        more physical ranges to keep out, as (base, length) pairs: boot
     *                        modules, the Multiboot information, the command line...
     * @param cmdline         the kernel command line ({@code heap=SIZE}), may be null
     * @param bootMapOffset   virt = bootMapOffset + phys under the boot page tables
     * @param bootMapLimit    physical memory below this is reachable through that offset
     */
    public static void init(List<MemoryMapEntry> map, long kernelPhysStart, long kernelPhysEnd,
                            long[] reserved, String cmdline, long bootMapOffset, long bootMapLimit) {
        PhysMap.setOffset(bootMapOffset);
        PhysRanges ram = PhysRanges.availableRam(map);
        if (ram.count() == 0) {
            throw new IllegalStateException("memory map has no available RAM");
        }
        ramBytes = ram.totalBytes();
        ramEnd = ram.end(ram.count() - 1);
        PhysRanges usable = PhysRanges.availableRam(map);
        usable.remove(0, LOW_MEMORY_END);
        usable.remove(kernelPhysStart, kernelPhysEnd);
        for (int i = 0; reserved != null && i + 1 < reserved.length; i += 2) {
            usable.remove(reserved[i], reserved[i] + reserved[i + 1]);
        }
        frames = newFrameAllocator(usable, bootMapLimit);
        addFrames(usable, 0, bootMapLimit);

        enableCpuFeatures();
        kernelTable = new PageTable(frames);
        for (int i = 0; i < ram.count(); i++) {
            check(PageMapper.mapPhys(kernelTable, PhysMap.DIRECT_MAP_BASE + ram.base(i), ram.base(i),
                    ram.end(i) - ram.base(i), PageFlags.KERNEL_RW), "direct map");
        }
        // The legacy VGA window is device memory, not RAM (so not in the map above), but the
        // text console writes it through PhysMap: map it uncached (PCD|PWT, SDM §11.12.3).
        check(PageMapper.mapPhys(kernelTable, PhysMap.DIRECT_MAP_BASE + VGA_WINDOW, VGA_WINDOW, VGA_WINDOW_SIZE,
                PageFlags.KERNEL_RW | PageFlags.CACHE_DISABLE | PageFlags.WRITE_THROUGH), "VGA window");
        KernelImage.map(kernelTable, kernelPhysStart, kernelPhysEnd);

        space = new AddressSpace();
        space.reserve(0, PageTable.PAGE_2M, Region.RESERVED, "null page guard");
        long directSize = (ram.end(ram.count() - 1) + PageTable.PAGE_1G - 1) & -PageTable.PAGE_1G;
        space.reserve(PhysMap.DIRECT_MAP_BASE, directSize, Region.RESERVED | Region.WRITABLE, "direct map");
        KernelImage.reserve(space);

        Cpu.writeCr3(kernelTable.root());
        if (!keepBootOffset) {
            PhysMap.setOffset(PhysMap.DIRECT_MAP_BASE);
        }
        addFrames(usable, bootMapLimit, Long.MAX_VALUE);
        PageFaults.install(space, kernelTable, frames);

        // heap= asks; what memory holds decides. A bad value falls back to the default with a
        // warning (logged by Kernel.init) rather than stopping the boot.
        long dflt = KernelHeap.defaultSize(ramBytes);
        long limit = frames.freeFrames() * PageTable.PAGE_4K;
        long heap = KernelHeap.chooseSize(cmdline, dflt, limit);
        heapWarning = KernelHeap.sizeWarning(cmdline, dflt, limit);
        if (KernelHeap.addRegion(space, kernelTable, heap) == null) {
            // fits in frames but not with its page tables and guards: the default instead
            if (heap == dflt || KernelHeap.addRegion(space, kernelTable, dflt) == null) {
                throw new IllegalStateException("kernel heap of " + dflt + " bytes does not fit in memory");
            }
            heapWarning = "heap of " + (heap >> 10) + " KiB does not fit in memory, using the default "
                    + (dflt >> 10) + " KiB";
        }
    }

    /** Places the allocator's state bytes in the first usable range reachable at boot. */
    private static FrameAllocator newFrameAllocator(PhysRanges usable, long bootMapLimit) {
        if (usable.count() == 0) {
            throw new IllegalStateException("no usable RAM above 1 MiB");
        }
        long spanBase = usable.base(0);
        long spanEnd = usable.end(usable.count() - 1);
        long bytes = FrameAllocator.metadataBytes(spanBase, spanEnd);
        for (int i = 0; i < usable.count(); i++) {
            long base = usable.base(i);
            if (Math.min(usable.end(i), bootMapLimit) - base >= bytes) {
                usable.remove(base, base + bytes);
                return new FrameAllocator(spanBase, spanEnd, base);
            }
        }
        throw new IllegalStateException("no room for " + bytes + " bytes of frame metadata");
    }

    /** Feeds the parts of the usable ranges inside [from, to) to the frame allocator. */
    private static void addFrames(PhysRanges usable, long from, long to) {
        for (int i = 0; i < usable.count(); i++) {
            long b = Math.max(usable.base(i), from);
            long e = Math.min(usable.end(i), to);
            if (e > b) {
                frames.addRange(b, e - b);
            }
        }
    }

    /** NX if the CPU has it, CR0.WP for W^X in kernel mode, CR4.PGE for global pages. */
    private static void enableCpuFeatures() {
        int[] regs = new int[4];
        Cpu.cpuid(CPUID_EXT_FEATURES, 0, regs);
        nx = (regs[3] & CPUID_EDX_NX) != 0;
        if (nx) {
            Cpu.wrmsr(MSR_EFER, Cpu.rdmsr(MSR_EFER) | EFER_NXE);
        }
        PageTable.setNxEnabled(nx);
        Cpu.writeCr0(Cpu.readCr0() | CR0_WP);
        Cpu.writeCr4(Cpu.readCr4() | CR4_PGE);
    }

    static void check(int rc, String what) {
        if (rc != PageTable.OK) {
            throw new IllegalStateException(what + ": page-table error " + rc);
        }
    }

    /** The physical frame allocator. */
    public static FrameAllocator frames() { return frames; }
    /** The kernel's (system-wide) virtual address space. */
    public static AddressSpace space() { return space; }
    /** The kernel page tables (CR3 after init). */
    public static PageTable kernelTable() { return kernelTable; }
    /** Bytes of RAM the memory map reported available. */
    public static long ramBytes() { return ramBytes; }
    /** End (exclusive) of the highest available RAM range. */
    public static long ramEnd() { return ramEnd; }
    /** Why heap= was not used as given (malformed, too large), or null. */
    public static String heapWarning() { return heapWarning; }
    /** True if NX is in use. */
    public static boolean nxEnabled() { return nx; }

    /** A line of frame and heap statistics. */
    public static String describe() {
        return frames.describe() + "; " + KernelHeap.describe();
    }

    /** For tests: use prepared parts instead of {@link #init}. */
    static void install(FrameAllocator f, AddressSpace s, PageTable t) {
        frames = f;
        space = s;
        kernelTable = t;
        PageFaults.install(s, t, f);
    }
}

package os2.kernel.mem;

/**
 * Bits of an x86-64 paging-structure entry (Intel SDM vol. 3A §4.5, Tables 4-14 to
 * 4-20). The same bit positions serve PML4, PDPT, PD and PT entries except where noted.
 */
public final class PageFlags {
    private PageFlags() {
    }

    /** P: the entry maps something (§4.5.4, bit 0). */
    public static final long PRESENT = 1L << 0;
    /** R/W: writes allowed (bit 1); with CR0.WP also for supervisor code (§4.6.1). */
    public static final long WRITE = 1L << 1;
    /** U/S: user-mode accesses allowed (bit 2). */
    public static final long USER = 1L << 2;
    /** PWT: page-level write-through (bit 3, §4.9). */
    public static final long WRITE_THROUGH = 1L << 3;
    /** PCD: page-level cache disable (bit 4, §4.9); for MMIO. */
    public static final long CACHE_DISABLE = 1L << 4;
    /** A: set by the CPU on any access (bit 5, §4.8). */
    public static final long ACCESSED = 1L << 5;
    /** D: set by the CPU on a write, leaf entries only (bit 6, §4.8). */
    public static final long DIRTY = 1L << 6;
    /** PS: in a PDPTE or PDE, the entry maps a 1 GiB or 2 MiB page (bit 7). */
    public static final long HUGE = 1L << 7;
    /** PAT bit of a 4 KiB PTE (bit 7, where PS sits in the upper levels). */
    public static final long PAT_4K = 1L << 7;
    /** G: global, survives CR3 writes when CR4.PGE=1, leaf entries only (bit 8, §4.10.2.4). */
    public static final long GLOBAL = 1L << 8;
    /** PAT bit of a 2 MiB / 1 GiB leaf (bit 12). */
    public static final long PAT_LARGE = 1L << 12;
    /** XD: no instruction fetch, needs IA32_EFER.NXE=1 (bit 63, §4.6.2). */
    public static final long NX = 1L << 63;

    /** Physical-address bits 51:12 of an entry that references a 4 KiB frame or table. */
    public static final long ADDR_MASK = 0x000F_FFFF_FFFF_F000L;
    /** Physical-address bits 51:21 of a 2 MiB leaf. */
    public static final long ADDR_MASK_2M = 0x000F_FFFF_FFE0_0000L;
    /** Physical-address bits 51:30 of a 1 GiB leaf. */
    public static final long ADDR_MASK_1G = 0x000F_FFFF_C000_0000L;

    /** Kernel read/write data: present, writable, not executable, global. */
    public static final long KERNEL_RW = PRESENT | WRITE | NX | GLOBAL;
    /** Kernel read-only data. */
    public static final long KERNEL_RO = PRESENT | NX | GLOBAL;
    /** Kernel code: readable and executable, never writable (W^X). */
    public static final long KERNEL_RX = PRESENT | GLOBAL;

    /** A readable summary such as {@code "P W NX G"} (diagnostics; allocates). */
    public static String describe(long entry) {
        StringBuilder sb = new StringBuilder();
        append(sb, entry, PRESENT, "P");
        append(sb, entry, WRITE, "W");
        append(sb, entry, USER, "U");
        append(sb, entry, WRITE_THROUGH, "PWT");
        append(sb, entry, CACHE_DISABLE, "PCD");
        append(sb, entry, ACCESSED, "A");
        append(sb, entry, DIRTY, "D");
        append(sb, entry, HUGE, "PS");
        append(sb, entry, GLOBAL, "G");
        append(sb, entry, NX, "NX");
        return sb.toString();
    }

    private static void append(StringBuilder sb, long entry, long bit, String name) {
        if ((entry & bit) != 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(name);
        }
    }
}

package os2.kernel.mem;

/**
 * One entry of the firmware memory map as the Multiboot 1 information structure gives
 * it (Multiboot spec §3.3, mmap_*): a physical range and its type.
 *
 * @param base   physical start address
 * @param length length in bytes
 * @param type   {@link #AVAILABLE} for usable RAM; anything else is not RAM to use
 */
public record MemoryMapEntry(long base, long length, int type) {
    /** Multiboot type 1: available RAM. */
    public static final int AVAILABLE = 1;
    /** Multiboot type 3: ACPI tables, reclaimable after they are read. */
    public static final int ACPI_RECLAIMABLE = 3;
}

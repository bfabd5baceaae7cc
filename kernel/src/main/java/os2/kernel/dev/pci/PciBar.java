package os2.kernel.dev.pci;

/**
 * One decoded base address register (PCI Local Bus Specification 3.0, §6.2.5.1): an I/O
 * or memory window, its address as programmed by the firmware and its size as found by
 * the write-ones method (§6.2.5.1, "decode size": write all ones, read back, the
 * hard-wired zero bits give the size).
 *
 * @param index        BAR number 0..5 (a 64-bit BAR occupies index and index + 1)
 * @param kind         {@link #IO}, {@link #MEMORY32}, {@link #MEMORY64} or {@link #UNUSED}
 * @param prefetchable memory bit 3
 * @param address      the base address (bus address = physical address on a PC)
 * @param size         bytes decoded, a power of two; 0 if the BAR is unimplemented
 */
public record PciBar(int index, int kind, boolean prefetchable, long address, long size) {
    /** Not implemented (reads back as zero) or the upper half of a 64-bit BAR. */
    public static final int UNUSED = 0;
    /** I/O space (bit 0 set). */
    public static final int IO = 1;
    /** 32-bit memory space (type 00). */
    public static final int MEMORY32 = 2;
    /** 64-bit memory space (type 10): the next BAR holds the upper 32 bits. */
    public static final int MEMORY64 = 3;

    /** Bit 0: the BAR maps I/O space. */
    static final int SPACE_IO = 0x1;
    /** Bits 2:1 of a memory BAR: its type. */
    static final int MEM_TYPE_MASK = 0x6;
    static final int MEM_TYPE_32 = 0x0;
    /** Type 01 was "below 1 MiB" in PCI 2.x; reserved since 3.0. */
    static final int MEM_TYPE_1M = 0x2;
    static final int MEM_TYPE_64 = 0x4;
    /** Bit 3 of a memory BAR. */
    static final int MEM_PREFETCHABLE = 0x8;
    /** Address bits of an I/O BAR (bits 1:0 are flags). */
    static final int IO_ADDRESS_MASK = ~0x3;
    /** Address bits of a memory BAR (bits 3:0 are flags). */
    static final int MEM_ADDRESS_MASK = ~0xF;

    /** True for a 64-bit BAR (the next index is its upper half). */
    public boolean is64() {
        return kind == MEMORY64;
    }

    /** True for a memory BAR of either width with a non-zero size. */
    public boolean isMemory() {
        return (kind == MEMORY32 || kind == MEMORY64) && size != 0;
    }

    /**
     * Decodes a BAR from the values the write-ones method produced.
     *
     * @param index    BAR number
     * @param low      the BAR as the firmware left it
     * @param high     the next BAR as the firmware left it (used only for a 64-bit BAR)
     * @param lowOnes  what the BAR read back after writing all ones
     * @param highOnes what the next BAR read back after writing all ones (64-bit only)
     * @throws IllegalArgumentException for the reserved memory type or a 64-bit BAR in slot 5
     */
    public static PciBar decode(int index, int low, int high, int lowOnes, int highOnes) {
        if ((low & SPACE_IO) != 0) {
            // An I/O BAR may hard-wire its upper 16 bits to zero (x86 ports are 16 bits wide).
            int mask = lowOnes & IO_ADDRESS_MASK;
            if ((mask & 0xFFFF_0000) == 0 && mask != 0) {
                mask |= 0xFFFF_0000;
            }
            long size = mask == 0 ? 0 : (~mask + 1) & 0xFFFF_FFFFL;
            return new PciBar(index, size == 0 ? UNUSED : IO, false, low & IO_ADDRESS_MASK & 0xFFFF_FFFFL, size);
        }
        int type = low & MEM_TYPE_MASK;
        boolean prefetch = (low & MEM_PREFETCHABLE) != 0;
        if (type == MEM_TYPE_64) {
            if (index >= Pci.BAR_COUNT - 1) {
                throw new IllegalArgumentException("BAR " + index + " is 64-bit but has no upper half");
            }
            long mask = ((long) highOnes << 32) | (lowOnes & MEM_ADDRESS_MASK & 0xFFFF_FFFFL);
            long size = mask == 0 ? 0 : ~mask + 1;
            long address = ((long) high << 32) | (low & MEM_ADDRESS_MASK & 0xFFFF_FFFFL);
            return new PciBar(index, size == 0 ? UNUSED : MEMORY64, prefetch, address, size);
        }
        if (type != MEM_TYPE_32) {
            throw new IllegalArgumentException("BAR " + index + " has the reserved memory type " + (type >> 1));
        }
        int mask = lowOnes & MEM_ADDRESS_MASK;
        long size = mask == 0 ? 0 : (~mask + 1) & 0xFFFF_FFFFL;
        return new PciBar(index, size == 0 ? UNUSED : MEMORY32, prefetch, low & MEM_ADDRESS_MASK & 0xFFFF_FFFFL, size);
    }

    @Override
    public String toString() {
        String k = kind == IO ? "io" : kind == MEMORY32 ? "mem32" : kind == MEMORY64 ? "mem64" : "unused";
        return "BAR" + index + " " + k + (prefetchable ? " prefetchable" : "") + " 0x" + Long.toHexString(address)
                + " size 0x" + Long.toHexString(size);
    }
}

package os2.kernel.dev.pci;

/**
 * Access to PCI configuration space, one aligned 32-bit register at a time: the port
 * mechanism on hardware ({@link PortConfigSpace}), an array in JVM tests. Narrower
 * accesses are derived here, so an implementation only moves dwords.
 */
public interface ConfigSpace {
    /** The dword at register offset (a multiple of 4, below 256) of bus/device/function. */
    int read32(int bus, int device, int function, int offset);

    /** Writes the dword at register offset (a multiple of 4, below 256). */
    void write32(int bus, int device, int function, int offset, int value);

    /** The 16-bit value at offset (2-aligned), little-endian within its dword. */
    default int read16(int bus, int device, int function, int offset) {
        return (read32(bus, device, function, offset & ~3) >>> ((offset & 2) * 8)) & 0xFFFF;
    }

    /** The byte at offset. */
    default int read8(int bus, int device, int function, int offset) {
        return (read32(bus, device, function, offset & ~3) >>> ((offset & 3) * 8)) & 0xFF;
    }

    /**
     * Writes the 16-bit value at offset (2-aligned) by read-modify-write of its dword.
     * Only for registers whose other half is not write-one-to-clear (the command
     * register's neighbour, status, is: {@link Pci#writeCommand} writes zeros there).
     */
    default void write16(int bus, int device, int function, int offset, int value) {
        int shift = (offset & 2) * 8;
        int old = read32(bus, device, function, offset & ~3);
        int v = (old & ~(0xFFFF << shift)) | ((value & 0xFFFF) << shift);
        write32(bus, device, function, offset & ~3, v);
    }
}

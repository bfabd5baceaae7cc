package os2.rt;

/**
 * Raw memory access. Compiled, each method is one load or store; on the JVM,
 * memory is a sparse simulation (see {@link SimMemory}) so that code which
 * builds page tables or parses boot structures can be unit-tested.
 */
public final class Mem {
    private Mem() {
    }

    public static byte read8(long addr) { return SimMemory.get().read8(addr); }
    public static short read16(long addr) { return SimMemory.get().read16(addr); }
    public static int read32(long addr) { return SimMemory.get().read32(addr); }
    public static long read64(long addr) { return SimMemory.get().read64(addr); }

    public static void write8(long addr, byte v) { SimMemory.get().write8(addr, v); }
    public static void write16(long addr, short v) { SimMemory.get().write16(addr, v); }
    public static void write32(long addr, int v) { SimMemory.get().write32(addr, v); }
    public static void write64(long addr, long v) { SimMemory.get().write64(addr, v); }

    /** Copies n bytes (regions may overlap). */
    public static void copy(long dst, long src, long n) { SimMemory.get().copy(dst, src, n); }

    /** Sets n bytes to v. */
    public static void fill(long dst, byte v, long n) { SimMemory.get().fill(dst, v, n); }

    /** The address of an object (compiled code only; the JVM simulation has none). */
    public static long addressOf(Object o) {
        throw new UnsupportedOperationException("addressOf has no JVM simulation");
    }

    /** The address of element 0 of an array (compiled code only). */
    public static long arrayData(Object array) {
        throw new UnsupportedOperationException("arrayData has no JVM simulation");
    }

    /** The address of a C symbol defined by the boot or linker script, e.g. "_kernel_end". */
    public static long symbol(String name) {
        return SimMemory.get().symbol(name);
    }
}

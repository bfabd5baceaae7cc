package os2.rt;

import java.util.HashMap;
import java.util.Map;

/**
 * The JVM stand-in for physical/virtual memory used by {@link Mem}: sparse 4 KiB
 * pages created zeroed on first touch, little-endian like x86. Tests may install
 * a fresh instance with {@link #reset()} and define linker symbols.
 * Not part of compiled programs.
 */
public final class SimMemory {
    private static final int PAGE = 4096;
    private static SimMemory current = new SimMemory();

    private final Map<Long, byte[]> pages = new HashMap<>();
    private final Map<String, Long> symbols = new HashMap<>();

    /** The memory {@link Mem} uses now. */
    public static SimMemory get() {
        return current;
    }

    /** Installs and returns a fresh, all-zero memory. */
    public static SimMemory reset() {
        current = new SimMemory();
        return current;
    }

    public void defineSymbol(String name, long addr) {
        symbols.put(name, addr);
    }

    long symbol(String name) {
        Long v = symbols.get(name);
        if (v == null) {
            throw new IllegalStateException("undefined symbol " + name);
        }
        return v;
    }

    /** Number of distinct 4 KiB pages touched so far. */
    public int pagesTouched() {
        return pages.size();
    }

    private byte[] page(long addr) {
        return pages.computeIfAbsent(addr & ~(long) (PAGE - 1), k -> new byte[PAGE]);
    }

    public byte read8(long a) {
        return page(a)[(int) (a & (PAGE - 1))];
    }

    public void write8(long a, byte v) {
        page(a)[(int) (a & (PAGE - 1))] = v;
    }

    private long readN(long a, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (read8(a + i) & 0xFF);
        }
        return v;
    }

    private void writeN(long a, long v, int n) {
        for (int i = 0; i < n; i++) {
            write8(a + i, (byte) (v >>> (8 * i)));
        }
    }

    public short read16(long a) { return (short) readN(a, 2); }
    public int read32(long a) { return (int) readN(a, 4); }
    public long read64(long a) { return readN(a, 8); }
    public void write16(long a, short v) { writeN(a, v, 2); }
    public void write32(long a, int v) { writeN(a, v, 4); }
    public void write64(long a, long v) { writeN(a, v, 8); }

    public void copy(long dst, long src, long n) {
        if (dst <= src) {
            for (long i = 0; i < n; i++) {
                write8(dst + i, read8(src + i));
            }
        } else {
            for (long i = n - 1; i >= 0; i--) {
                write8(dst + i, read8(src + i));
            }
        }
    }

    public void fill(long dst, byte v, long n) {
        for (long i = 0; i < n; i++) {
            write8(dst + i, v);
        }
    }
}

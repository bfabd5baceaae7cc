package os2.kernel.dev.pci;

import java.util.HashMap;
import java.util.Map;

/**
 * Configuration space in an array, for JVM tests: functions are added by hand, BARs
 * answer the write-ones probe with their size mask like real hardware (address bits
 * below the size are hard-wired to zero, flag bits are read-only), absent functions
 * read as all ones, and every write is counted.
 */
public final class FakeConfigSpace implements ConfigSpace {
    /** One function: 64 dwords and the size of each BAR (0: unimplemented). */
    public static final class Function {
        public final int[] regs = new int[64];
        final long[] barSize = new long[Pci.BAR_COUNT];

        public void set8(int off, int v) {
            int shift = (off & 3) * 8;
            regs[off >> 2] = (regs[off >> 2] & ~(0xFF << shift)) | (v & 0xFF) << shift;
        }

        public void set16(int off, int v) {
            set8(off, v);
            set8(off + 1, v >> 8);
        }

        public void set32(int off, int v) {
            regs[off >> 2] = v;
        }

        /** A BAR at index with the firmware's value (flags in the low bits) and its size. */
        public void bar(int index, int value, long size) {
            regs[(Pci.BAR0 >> 2) + index] = value;
            barSize[index] = size;
        }

        /** A 64-bit memory BAR at index and index + 1. */
        public void bar64(int index, long address, boolean prefetchable, long size) {
            bar(index, (int) address | PciBar.MEM_TYPE_64 | (prefetchable ? PciBar.MEM_PREFETCHABLE : 0), size);
            regs[(Pci.BAR0 >> 2) + index + 1] = (int) (address >>> 32);
            barSize[index + 1] = -1;   // the upper half of index's BAR
        }
    }

    private final Map<Integer, Function> functions = new HashMap<>();
    public int writes;

    private static int key(int bus, int dev, int fn) {
        return bus << 8 | dev << 3 | fn;
    }

    /** Adds a function with a vendor and device ID and header type; returns it for more set-up. */
    public Function add(int bus, int dev, int fn, int vendor, int device, int headerType) {
        Function f = new Function();
        f.set16(Pci.VENDOR_ID, vendor);
        f.set16(Pci.DEVICE_ID, device);
        f.set8(Pci.HEADER_TYPE, headerType);
        functions.put(key(bus, dev, fn), f);
        return f;
    }

    @Override
    public int read32(int bus, int device, int function, int offset) {
        Function f = functions.get(key(bus, device, function));
        return f == null ? -1 : f.regs[offset >> 2];
    }

    @Override
    public void write32(int bus, int device, int function, int offset, int value) {
        writes++;
        Function f = functions.get(key(bus, device, function));
        if (f == null) {
            return;
        }
        int i = (offset - Pci.BAR0) >> 2;
        if (offset >= Pci.BAR0 && i < Pci.BAR_COUNT) {
            f.regs[offset >> 2] = barWrite(f, i, value);
        } else if (offset == Pci.COMMAND) {
            // status (the upper half) is read-only or write-one-to-clear: writing zeros keeps it
            f.regs[offset >> 2] = (f.regs[offset >> 2] & 0xFFFF_0000) | (value & 0xFFFF);
        } else {
            f.regs[offset >> 2] = value;
        }
    }

    private static int barWrite(Function f, int i, int value) {
        long size = f.barSize[i];
        if (size == -1) {   // upper half of a 64-bit BAR: the lower half's size decides
            long lowSize = f.barSize[i - 1];
            return value & (int) (-lowSize >>> 32);
        }
        if (size == 0) {
            return 0;
        }
        int old = f.regs[(Pci.BAR0 >> 2) + i];
        int flagBits = (old & PciBar.SPACE_IO) != 0 ? 0x3 : 0xF;
        return (value & (int) -size & ~flagBits) | (old & flagBits);
    }
}

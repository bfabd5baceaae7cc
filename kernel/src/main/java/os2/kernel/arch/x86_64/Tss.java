package os2.kernel.arch.x86_64;

import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The 64-bit task-state segment (SDM vol. 3A §8.7, Figure 8-11). In long mode it only
 * holds stack pointers: RSP0 for entries from user mode and the interrupt stack table
 * IST1..7. Double fault, NMI and machine check use their own IST stacks so they are
 * reported even when the kernel stack is gone.
 */
public final class Tss {
    public static final int SIZE = 104;
    static final int RSP0 = 4;
    static final int IST1 = 36;
    /** The I/O map base: at SIZE means "no I/O permission bitmap". */
    static final int IOMAP_BASE = 102;

    /** IST indexes used by the IDT. */
    public static final int IST_DOUBLE_FAULT = 1;
    public static final int IST_NMI = 2;
    public static final int IST_MACHINE_CHECK = 3;

    /** 13 longs = 104 bytes; a static array so the GC keeps it and never moves it. */
    private static final long[] tss = new long[SIZE / 8];

    private Tss() {
    }

    /** Fills a TSS at addr: rsp0 and the IST entries (ist[0] is IST1). */
    public static void write(long addr, long rsp0, long[] ist) {
        Mem.fill(addr, (byte) 0, SIZE);
        // RSP0 and the IST slots are at offsets 4 mod 8: write them as two halves.
        write64Unaligned(addr + RSP0, rsp0);
        for (int i = 0; i < ist.length && i < 7; i++) {
            write64Unaligned(addr + IST1 + 8L * i, ist[i]);
        }
        Mem.write16(addr + IOMAP_BASE, (short) SIZE);
    }

    /** Points IST slot ist (1..7) of this CPU's TSS at a new stack top; the next such trap uses it. */
    public static void setIst(int ist, long top) {
        write64Unaligned(Mem.arrayData(tss) + IST1 + 8L * (ist - 1), top);
    }

    /** The stack top in IST slot ist (1..7) of this CPU's TSS. */
    @NoAlloc
    public static long ist(int ist) {
        long addr = Mem.arrayData(tss) + IST1 + 8L * (ist - 1);
        return (Mem.read32(addr) & 0xFFFF_FFFFL) | ((long) Mem.read32(addr + 4) << 32);
    }

    private static void write64Unaligned(long addr, long v) {
        Mem.write32(addr, (int) v);
        Mem.write32(addr + 4, (int) (v >>> 32));
    }

    /** Sets RSP0, the stack the CPU switches to on an interrupt or exception in user mode. */
    public static void setRsp0(long rsp0) {
        write64Unaligned(Mem.arrayData(tss) + RSP0, rsp0);
    }

    /**
     * Builds this CPU's TSS with the static IST stacks from traps.S (no guard pages:
     * they serve until memory exists, then Interrupts.guardIstStacks replaces them);
     * returns its address.
     */
    public static long create(long rsp0) {
        long addr = Mem.arrayData(tss);
        write(addr, rsp0, new long[] {
            Mem.symbol("os2_ist_df_top"), Mem.symbol("os2_ist_nmi_top"), Mem.symbol("os2_ist_mc_top"),
        });
        return addr;
    }
}

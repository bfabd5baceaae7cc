package os2.kernel.arch.x86_64;

import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * The global descriptor table: null, kernel code/data, user data/code (in the order
 * syscall/sysret expect: STAR gives the kernel CS with SS = CS + 8, and the user base
 * with SS = base + 8, CS = base + 16; SDM vol. 3A §5.8.8) and the 16-byte TSS
 * descriptor. Code and data descriptors are mostly ignored in 64-bit mode, but L, D,
 * P, DPL and type must be right (SDM vol. 3A §3.4.5, Figure 3-8).
 */
public final class Gdt {
    public static final int KERNEL_CODE = 0x08;
    public static final int KERNEL_DATA = 0x10;
    /** Selector of user data with RPL 3 (GDT index 3). */
    public static final int USER_DATA = 0x18 | 3;
    /** Selector of user 64-bit code with RPL 3 (GDT index 4). */
    public static final int USER_CODE = 0x20 | 3;
    public static final int TSS = 0x28;
    /** 5 eight-byte descriptors + the 16-byte TSS descriptor. */
    public static final int ENTRIES = 7;

    // Descriptor bits (SDM vol. 3A §3.4.5): type in 40..43, S (code/data) 44, DPL 45..46, P 47,
    // L (64-bit code) 53, D/B 54, G 55.
    static final long TYPE_DATA_RW = 0x2L << 40;
    static final long TYPE_CODE_RX = 0xAL << 40;
    /** System type 9: available 64-bit TSS (SDM vol. 3A §3.5, Table 3-2). */
    static final long TYPE_TSS_AVAILABLE = 0x9L << 40;
    static final long S_CODE_DATA = 1L << 44;
    static final int DPL_SHIFT = 45;
    static final long PRESENT = 1L << 47;
    static final long LONG_MODE = 1L << 53;
    /** D/B: 32-bit operand size / big stack; must be 0 in 64-bit code (with L set), kept for data. */
    static final long DEFAULT_BIG = 1L << 54;
    static final long GRANULARITY_4K = 1L << 55;
    static final long LIMIT_MAX = 0xFFFFL | (0xFL << 48);

    private static final long[] table = new long[ENTRIES];
    /** The GDTR image: limit (16 bits) then base (64 bits); two longs so it is aligned. */
    private static final long[] pointer = new long[2];

    private Gdt() {
    }

    /** A 64-bit code segment descriptor for privilege level dpl. */
    public static long code64(int dpl) {
        return LIMIT_MAX | TYPE_CODE_RX | S_CODE_DATA | ((long) dpl << DPL_SHIFT) | PRESENT | LONG_MODE
                | GRANULARITY_4K;
    }

    /** A writable data segment descriptor for privilege level dpl. */
    public static long data(int dpl) {
        return LIMIT_MAX | TYPE_DATA_RW | S_CODE_DATA | ((long) dpl << DPL_SHIFT) | PRESENT | DEFAULT_BIG
                | GRANULARITY_4K;
    }

    /** Low quadword of a 64-bit TSS descriptor (SDM vol. 3A §8.2.3, Figure 8-4). */
    public static long tssLow(long base, int limit) {
        return (limit & 0xFFFFL) | ((base & 0xFFFFFFL) << 16) | TYPE_TSS_AVAILABLE | PRESENT
                | ((long) (limit >>> 16 & 0xF) << 48) | ((base >>> 24 & 0xFF) << 56);
    }

    /** High quadword: base bits 32..63. */
    public static long tssHigh(long base) {
        return base >>> 32;
    }

    /** Writes the descriptors for a TSS at tssBase to table memory at addr. */
    public static void write(long addr, long tssBase) {
        long[] d = {0, code64(0), data(0), data(3), code64(3), tssLow(tssBase, Tss.SIZE - 1), tssHigh(tssBase)};
        for (int i = 0; i < d.length; i++) {
            Mem.write64(addr + 8L * i, d[i]);
        }
    }

    /** Writes a descriptor-table pointer (limit, base) for lgdt/lidt at addr. */
    public static void writePointer(long addr, int limit, long base) {
        Mem.write16(addr, (short) limit);
        Mem.write64(addr + 2, base);
    }

    /** Builds the table, loads it, reloads the segment registers and the task register. */
    public static void install(long tssBase) {
        long base = Mem.arrayData(table);
        write(base, tssBase);
        long ptr = Mem.arrayData(pointer);
        writePointer(ptr, ENTRIES * 8 - 1, base);
        Cpu.lgdt(ptr);
        Cpu.reloadSegments(KERNEL_CODE, KERNEL_DATA);
        Cpu.ltr(TSS);
    }
}

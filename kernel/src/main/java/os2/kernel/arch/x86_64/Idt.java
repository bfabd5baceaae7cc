package os2.kernel.arch.x86_64;

import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * The interrupt descriptor table: 256 sixteen-byte gates, of which vectors 0..47 (the
 * 32 CPU exceptions and the 16 remapped legacy IRQs) point at traps.S's stubs. All are
 * interrupt gates, so IF is clear on entry and an IRQ handler is never interrupted.
 */
public final class Idt {
    public static final int VECTORS = 256;
    public static final int GATE_SIZE = 16;

    // 64-bit gate bits (SDM vol. 3A §6.14.1, Figure 6-8): IST in 32..34, type in 40..43,
    // DPL in 45..46, P in 47; offset bits 0..15 in 0..15 and 16..31 in 48..63.
    static final long TYPE_INTERRUPT_GATE = 0xEL << 40;
    static final int IST_SHIFT = 32;
    static final int DPL_SHIFT = 45;
    static final long PRESENT = 1L << 47;

    public static final int VEC_NMI = 2;
    public static final int VEC_BREAKPOINT = 3;
    public static final int VEC_DOUBLE_FAULT = 8;
    public static final int VEC_MACHINE_CHECK = 18;

    private static final long[] table = new long[VECTORS * GATE_SIZE / 8];
    private static final long[] pointer = new long[2];

    private Idt() {
    }

    /** Low quadword of an interrupt gate to handler in code segment selector. */
    public static long gateLow(long handler, int selector, int ist, int dpl) {
        return (handler & 0xFFFFL) | ((long) (selector & 0xFFFF) << 16) | ((long) (ist & 7) << IST_SHIFT)
                | TYPE_INTERRUPT_GATE | ((long) dpl << DPL_SHIFT) | PRESENT | ((handler >>> 16 & 0xFFFFL) << 48);
    }

    /** High quadword: handler bits 32..63. */
    public static long gateHigh(long handler) {
        return handler >>> 32;
    }

    /** The IST stack a vector runs on, 0 for "the current stack". */
    public static int istFor(int vector) {
        switch (vector) {
            case VEC_DOUBLE_FAULT: return Tss.IST_DOUBLE_FAULT;
            case VEC_NMI: return Tss.IST_NMI;
            case VEC_MACHINE_CHECK: return Tss.IST_MACHINE_CHECK;
            default: return 0;
        }
    }

    /** Breakpoint (int3) may be raised from user mode; every other gate is the kernel's (SDM 3A 6.12.1.1). */
    public static int dplFor(int vector) {
        return vector == VEC_BREAKPOINT ? 3 : 0;
    }

    /** Writes the gates for stubs at stubBase (vector v at stubBase + v * STUB_SIZE) to addr. */
    public static void write(long addr, long stubBase) {
        Mem.fill(addr, (byte) 0, VECTORS * GATE_SIZE);
        for (int v = 0; v < TrapFrame.STUB_COUNT; v++) {
            long handler = stubBase + (long) v * TrapFrame.STUB_SIZE;
            Mem.write64(addr + (long) v * GATE_SIZE, gateLow(handler, Gdt.KERNEL_CODE, istFor(v), dplFor(v)));
            Mem.write64(addr + (long) v * GATE_SIZE + 8, gateHigh(handler));
        }
    }

    /** Builds the table over traps.S's stubs and loads it. */
    public static void install() {
        long base = Mem.arrayData(table);
        write(base, Mem.symbol("os2_trap_stubs"));
        long ptr = Mem.arrayData(pointer);
        Gdt.writePointer(ptr, VECTORS * GATE_SIZE - 1, base);
        Cpu.lidt(ptr);
    }
}

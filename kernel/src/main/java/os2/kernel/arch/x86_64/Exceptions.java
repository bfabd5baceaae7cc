package os2.kernel.arch.x86_64;

import os2.kernel.mem.PageFaults;
import os2.kernel.panic.Panic;
import os2.rt.Cpu;
import os2.rt.Gc;

/**
 * Reports a CPU exception (vectors 0..31, SDM vol. 3A §6.3.1 Table 6-1) and ends the
 * kernel: name, vector, decoded error code, RIP, CR2 for page faults, every saved
 * register and the Java stack trace of the interrupted code (the panic creates a
 * Throwable inside the handler, whose trace continues into the interrupted frames).
 */
public final class Exceptions {
    public static final int DE = 0;
    public static final int UD = 6;
    public static final int DF = 8;
    public static final int GP = 13;
    public static final int PF = 14;

    private static final String[] MNEMONICS = {
        "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF", "CSO", "#TS", "#NP", "#SS", "#GP",
        "#PF", "#15", "#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "#22", "#23", "#24", "#25", "#26", "#27",
        "#HV", "#VC", "#SX", "#31",
    };
    private static final String[] NAMES = {
        "divide error", "debug", "non-maskable interrupt", "breakpoint", "overflow", "bound range exceeded",
        "invalid opcode", "device not available", "double fault", "coprocessor segment overrun",
        "invalid TSS", "segment not present", "stack-segment fault", "general protection", "page fault",
        "reserved", "x87 floating-point error", "alignment check", "machine check", "SIMD floating-point",
        "virtualization", "control protection", "reserved", "reserved", "reserved", "reserved", "reserved",
        "reserved", "hypervisor injection", "VMM communication", "security", "reserved",
    };

    // Selector error code (SDM vol. 3A §6.13, Figure 6-6): EXT, IDT, TI, index in bits 3..15.
    static final long SEL_EXT = 1;
    static final long SEL_IDT = 2;
    static final long SEL_TI_LDT = 4;

    private Exceptions() {
    }

    public static String mnemonic(int vector) {
        return vector >= 0 && vector < 32 ? MNEMONICS[vector] : "IRQ";
    }

    public static String name(int vector) {
        return vector >= 0 && vector < 32 ? NAMES[vector] : "interrupt";
    }

    /** Page-fault error code bits by name (SDM vol. 3A §4.7). */
    public static String decodePageFault(long err) {
        return ((err & PageFaults.ERR_PRESENT) != 0 ? "P (protection)" : "not-present")
                + ((err & PageFaults.ERR_WRITE) != 0 ? " W (write)" : " R (read)")
                + ((err & PageFaults.ERR_USER) != 0 ? " U (user)" : " S (supervisor)")
                + ((err & PageFaults.ERR_RESERVED) != 0 ? " RSVD" : "")
                + ((err & PageFaults.ERR_FETCH) != 0 ? " I (fetch)" : "")
                + ((err & PageFaults.ERR_PKEY) != 0 ? " PK" : "");
    }

    /** A selector error code (#GP, #TS, #NP, #SS): which descriptor, or none. */
    public static String decodeSelector(long err) {
        if (err == 0) {
            return "no selector";
        }
        String table = (err & SEL_IDT) != 0 ? "IDT" : (err & SEL_TI_LDT) != 0 ? "LDT" : "GDT";
        return table + " index " + ((err >>> 3) & 0x1FFF) + ((err & SEL_EXT) != 0 ? " (external)" : "");
    }

    /** The first line of a report. */
    public static String describe(int vector, long err, long rip, long cr2) {
        StringBuilder b = new StringBuilder();
        b.append("CPU exception ").append(mnemonic(vector)).append(' ').append(name(vector))
                .append(" (vector ").append(vector).append(") at rip=0x").append(Long.toHexString(rip));
        if (((TrapFrame.ERROR_CODE_VECTORS >>> vector) & 1) != 0) {
            b.append(", error 0x").append(Long.toHexString(err));
            if (vector == PF) {
                b.append(" [").append(decodePageFault(err)).append(']');
            } else if (vector >= 10 && vector <= 13) {
                b.append(" [").append(decodeSelector(err)).append(']');
            }
        }
        if (vector == PF) {
            b.append(", cr2=0x").append(Long.toHexString(cr2));
        }
        return b.toString();
    }

    /** Reports the exception in frame and panics. */
    static void report(long frame, int vector) {
        int ist = Idt.istFor(vector);
        if (ist != 0) {
            // On an IST stack the collector must not scan from here up to the old stack's base.
            Gc.setStackBase(Tss.ist(ist));
        }
        long cr2 = Cpu.readCr2();
        long err = TrapFrame.get(frame, TrapFrame.ERROR);
        long rip = TrapFrame.get(frame, TrapFrame.RIP);
        String[] names = new String[FrameNames.NAMES.length + 1];
        System.arraycopy(FrameNames.NAMES, 0, names, 0, FrameNames.NAMES.length);
        names[FrameNames.NAMES.length] = "cr2";
        long[] regs = TrapFrame.values(frame);
        long[] values = java.util.Arrays.copyOf(regs, regs.length + 1);
        values[regs.length] = cr2;
        String message = describe(vector, err, rip, cr2);
        if (vector == PF) {
            // Traps.trap ran PageFaults.handle on this fault; its verdict names the region.
            message += "\n" + PageFaults.describe();
        }
        Panic.panic(message, null, names, values);
    }

}

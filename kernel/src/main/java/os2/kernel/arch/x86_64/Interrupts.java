package os2.kernel.arch.x86_64;

import os2.kernel.dev.InputRing;
import os2.kernel.dev.Ps2Keyboard;
import os2.kernel.dev.SerialInput;
import os2.rt.InitAtBoot;

/**
 * Brings up the CPU's protection and interrupt structures (first thing at boot) and,
 * once memory exists, the devices that raise interrupts, in dependency order.
 * Interrupts stay disabled: the scheduler enables them when it first idles.
 */
@InitAtBoot(also = Long.class)   // installTraps initialises Long (PageFaults.handle uses Long.compareUnsigned)
public final class Interrupts {
    private static String calibrationWarning;

    private Interrupts() {
    }

    /** Why the TSC calibration fell back to an assumed frequency, or null. */
    public static String calibrationWarning() {
        return calibrationWarning;
    }

    /**
     * GDT + TSS and the IDT: from here on a CPU exception is reported (a panic with the
     * registers and the Java trace) instead of triple-faulting into a silent reset.
     * Called first in Kernel.init, before the console, the Multiboot information and
     * memory. Needs only the collector's early static heap, which lives in the image's
     * .bss: the tables are at higher-half addresses that the kernel page tables map too,
     * so they stay valid across Memory.init's CR3 switch; so do the stub addresses
     * (kernel text) and the IST stacks (traps.S .bss).
     */
    public static void installTraps() {
        // Initialisers that trap handlers would otherwise run (and allocate in) on their
        // first use: TrapFrame's and java.lang.Long's (its cache), promised by @InitAtBoot.
        if (TrapFrame.NAMES.length != TrapFrame.SIZE / 8) {
            throw new IllegalStateException("TrapFrame.NAMES does not match the frame size");
        }
        Long.valueOf(0);
        long tss = Tss.create(0);
        Gdt.install(tss);
        Idt.install();
    }

    /** PIC, TSC calibration, keyboard and COM1 receive (after installTraps). Returns a log line. */
    public static String init() {
        Pic.init();
        calibrationWarning = Clock.calibrate();
        InputRing.init();   // its class initialiser allocates: run it here, not in an IRQ handler
        Ps2Keyboard.init();
        SerialInput.init();
        Pic.unmask(Pic.IRQ_TIMER);
        return "GDT+TSS (IST: #DF, NMI, #MC), IDT 0-47, PIC at 32-47, PIT one-shot, TSC "
                + Clock.tscHz() / 1_000_000 + " MHz, PS/2 keyboard, COM1 receive";
    }
}

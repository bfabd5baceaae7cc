package os2.kernel.arch.x86_64;

import os2.kernel.dev.Ps2Keyboard;
import os2.kernel.dev.SerialInput;

/**
 * Brings up the CPU's protection and interrupt structures and the devices that raise
 * interrupts, in dependency order. Interrupts stay disabled: the scheduler enables
 * them when it first idles.
 */
public final class Interrupts {
    private static String calibrationWarning;

    private Interrupts() {
    }

    /** Why the TSC calibration fell back to an assumed frequency, or null. */
    public static String calibrationWarning() {
        return calibrationWarning;
    }

    /** GDT + TSS, IDT, PIC, TSC calibration, keyboard and COM1 receive. Returns a log line. */
    public static String init() {
        long tss = Tss.create(0);
        Gdt.install(tss);
        Idt.install();
        Pic.init();
        calibrationWarning = Clock.calibrate();
        Ps2Keyboard.init();
        SerialInput.init();
        Pic.unmask(Pic.IRQ_TIMER);
        return "GDT+TSS (IST: #DF, NMI, #MC), IDT 0-47, PIC at 32-47, PIT one-shot, TSC "
                + Clock.tscHz() / 1_000_000 + " MHz, PS/2 keyboard, COM1 receive";
    }
}

package os2.kernel.dev;

import os2.kernel.arch.x86_64.Pic;
import os2.rt.InitAtBoot;
import os2.rt.NoAlloc;
import os2.rt.Port;

/**
 * The PS/2 keyboard on the 8042 controller (IRQ 1). The firmware leaves it translating
 * to scancode set 1; the interrupt handler reads the byte, decodes it and records the
 * character in the {@link InputRing}.
 */
@InitAtBoot   // Interrupts.init calls init() (its decoder is allocated then), before IRQ 1 is unmasked
public final class Ps2Keyboard {
    static final int DATA = 0x60;
    static final int STATUS = 0x64;
    static final int STATUS_OUTPUT_FULL = 0x01;

    private static final ScancodeDecoder decoder = new ScancodeDecoder();
    private static long interrupts;

    private Ps2Keyboard() {
    }

    /** Drains stale bytes and unmasks IRQ 1. */
    public static void init() {
        for (int i = 0; i < 32 && (Port.in8(STATUS) & STATUS_OUTPUT_FULL) != 0; i++) {
            Port.in8(DATA);
        }
        Pic.unmask(Pic.IRQ_KEYBOARD);
    }

    /** IRQ 1 (interrupt context). */
    @NoAlloc
    public static void interrupt() {
        interrupts++;
        if ((Port.in8(STATUS) & STATUS_OUTPUT_FULL) == 0) {
            return;
        }
        int c = decoder.feed(Port.in8(DATA));
        if (c >= 0) {
            InputRing.put((char) c);
        }
    }

    public static long interrupts() {
        return interrupts;
    }
}

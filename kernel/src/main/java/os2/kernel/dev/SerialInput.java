package os2.kernel.dev;

import os2.kernel.arch.x86_64.Pic;
import os2.kernel.console.Serial;
import os2.rt.NoAlloc;
import os2.rt.Port;

/**
 * COM1 receive interrupts (IRQ 4): what is typed into the terminal of {@code ./os2 run}
 * (QEMU's serial on stdio) reaches the kernel as input. Output stays with the console's
 * polled {@link Serial}; this class only turns on the "received data available"
 * interrupt (16550 IER bit 0) and reads bytes through {@link Serial#poll()}.
 */
public final class SerialInput {
    static final int IER = Serial.COM1 + 1;
    static final int MCR = Serial.COM1 + 4;
    static final int IER_RECEIVED_DATA = 0x01;
    /** MCR OUT2 gates the UART's interrupt line onto the ISA bus on PCs. */
    static final int MCR_OUT2 = 0x08;

    private SerialInput() {
    }

    /** Enables receive interrupts if COM1 exists. */
    public static void init() {
        if (!Serial.present()) {
            return;
        }
        Port.out8(MCR, Port.in8(MCR) | MCR_OUT2);
        Port.out8(IER, IER_RECEIVED_DATA);
        Pic.unmask(Pic.IRQ_COM1);
    }

    /** IRQ 4 (interrupt context): moves every waiting byte to the input ring. */
    @NoAlloc
    public static void interrupt() {
        for (int b = Serial.poll(); b >= 0; b = Serial.poll()) {
            // a terminal sends CR for Enter; the kernel's line discipline wants '\n'
            InputRing.put(b == '\r' ? '\n' : (char) b);
        }
    }
}

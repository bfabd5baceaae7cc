package os2.kernel.console;

import os2.rt.NoAlloc;
import os2.rt.Port;

/**
 * The 16550 UART on COM1 (I/O base 0x3F8), polled: the kernel's primary console.
 * Register offsets and bits follow the 16550 data sheet (PC16550D).
 */
public final class Serial {
    public static final int COM1 = 0x3F8;

    private static final int DATA = 0;          // THR/RBR, or DLL when DLAB=1
    private static final int IER = 1;           // interrupt enable, or DLM when DLAB=1
    private static final int FCR = 2;           // FIFO control
    private static final int LCR = 3;           // line control
    private static final int MCR = 4;           // modem control
    private static final int LSR = 5;           // line status
    private static final int SCRATCH = 7;

    private static final int LCR_DLAB = 0x80;
    private static final int LCR_8N1 = 0x03;
    private static final int FCR_ENABLE_CLEAR_14 = 0xC7;   // enable, clear rx/tx, 14-byte trigger
    private static final int MCR_DTR_RTS = 0x03;
    private static final int LSR_DATA_READY = 0x01;
    private static final int LSR_THR_EMPTY = 0x20;

    /** 115200 baud = 115200 / divisor 1. */
    public static final int BAUD = 115200;

    private static boolean present;

    private Serial() {
    }

    /** Programs COM1 for 115200 8N1, FIFOs on, no interrupts. Returns whether a UART answered. */
    public static boolean init() {
        Port.out8(COM1 + IER, 0);
        Port.out8(COM1 + LCR, LCR_DLAB);
        Port.out8(COM1 + DATA, 1);
        Port.out8(COM1 + IER, 0);
        Port.out8(COM1 + LCR, LCR_8N1);
        Port.out8(COM1 + FCR, FCR_ENABLE_CLEAR_14);
        Port.out8(COM1 + MCR, MCR_DTR_RTS);
        present = scratchWorks();
        return present;
    }

    /** A UART has a scratch register that keeps what is written; an empty bus reads 0xFF. */
    public static boolean scratchWorks() {
        Port.out8(COM1 + SCRATCH, 0x5A);
        boolean a = Port.in8(COM1 + SCRATCH) == 0x5A;
        Port.out8(COM1 + SCRATCH, 0xA5);
        return a && Port.in8(COM1 + SCRATCH) == 0xA5;
    }

    public static boolean present() {
        return present;
    }

    /** Line status register (bit 5: transmitter holding register empty). */
    @NoAlloc
    public static int lineStatus() {
        return Port.in8(COM1 + LSR);
    }

    @NoAlloc
    public static void write(int b) {
        if (!present) {
            return;
        }
        while ((Port.in8(COM1 + LSR) & LSR_THR_EMPTY) == 0) {
            // busy-wait: QEMU empties the holding register at once
        }
        Port.out8(COM1 + DATA, b);
    }

    /** The next received byte, or -1 if none is waiting. */
    @NoAlloc
    public static int poll() {
        if (!present || (Port.in8(COM1 + LSR) & LSR_DATA_READY) == 0) {
            return -1;
        }
        return Port.in8(COM1 + DATA);
    }
}

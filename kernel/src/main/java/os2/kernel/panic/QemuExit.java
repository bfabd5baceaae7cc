package os2.kernel.panic;

import os2.rt.Cpu;
import os2.rt.NoAlloc;
import os2.rt.Port;

/**
 * Leaving the machine. QEMU's isa-debug-exit device (-device
 * isa-debug-exit,iobase=0xf4,iosize=0x04) ends QEMU with status (v << 1) | 1
 * when v is written to its port; {@code ./os2 boot} maps that back to v. Without
 * the device the write does nothing and the CPU halts with interrupts off.
 */
public final class QemuExit {
    public static final int PORT = 0xF4;
    /** Self tests all passed / clean shutdown. */
    public static final int SUCCESS = 0;
    /** Some self test failed. */
    public static final int FAILURE = 1;
    /** Kernel panic. */
    public static final int PANIC = 3;

    private QemuExit() {
    }

    @NoAlloc
    public static void exit(int status) {
        Port.out8(PORT, status);
        halt();
    }

    /** Stops this CPU for good. */
    @NoAlloc
    public static void halt() {
        while (true) {
            Cpu.cli();
            Cpu.hlt();
        }
    }
}

package os2.kernel.dev;

import os2.kernel.arch.x86_64.Pic;
import os2.rt.NoAlloc;

/**
 * Interrupt handlers of devices found at run time (PCI INTx lines), by 8259 input.
 * A PCI line may be shared, so each line has a few slots and every handler on the line
 * runs; a handler checks its own device's status and records, never allocates. The
 * table is made by {@link #register} at boot (no class initialiser: an IRQ before the
 * first registration finds a null table and does nothing).
 */
public final class DeviceInterrupts {
    /** What a device driver runs in interrupt context. */
    public interface Handler {
        /** Acknowledges the device's interrupt if it raised one and records the event (no allocation). */
        @NoAlloc
        void interrupt();
    }

    static final int LINES = 16;
    static final int HANDLERS_PER_LINE = 4;

    private static Handler[] handlers;
    private static long dispatched;

    private DeviceInterrupts() {
    }

    /** Adds h on line (0..15, not the timer or cascade) and unmasks the line. */
    public static void register(int line, Handler h) {
        if (line <= Pic.IRQ_TIMER || line == Pic.IRQ_CASCADE || line >= LINES || h == null) {
            throw new IllegalArgumentException("no device interrupt line " + line);
        }
        if (handlers == null) {
            handlers = new Handler[LINES * HANDLERS_PER_LINE];
        }
        for (int k = 0; k < HANDLERS_PER_LINE; k++) {
            if (handlers[line * HANDLERS_PER_LINE + k] == null) {
                handlers[line * HANDLERS_PER_LINE + k] = h;
                Pic.unmask(line);
                return;
            }
        }
        throw new IllegalStateException("interrupt line " + line + " has " + HANDLERS_PER_LINE + " handlers already");
    }

    /** Runs every handler of line (interrupt context, before the EOI). */
    @NoAlloc
    public static void dispatch(int line) {
        Handler[] hs = handlers;
        if (hs == null || line < 0 || line >= LINES) {
            return;
        }
        for (int k = 0; k < HANDLERS_PER_LINE; k++) {
            Handler h = hs[line * HANDLERS_PER_LINE + k];
            if (h != null) {
                dispatched++;
                h.interrupt();
            }
        }
    }

    /** Handler calls so far. */
    public static long dispatched() {
        return dispatched;
    }
}

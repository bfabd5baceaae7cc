package os2.kernel.arch.x86_64;

import os2.rt.NoAlloc;
import os2.rt.Port;

/**
 * The two cascaded 8259A interrupt controllers, remapped so IRQ 0..15 arrive as vectors
 * 32..47 (their power-on vectors 8..15 collide with CPU exceptions). Initialisation
 * words per the 8259A datasheet: ICW1 (edge, cascade, ICW4 follows), ICW2 (vector
 * base), ICW3 (slave on IRQ 2), ICW4 (8086 mode).
 */
public final class Pic {
    public static final int VECTOR_BASE = 32;
    public static final int IRQ_TIMER = 0;
    public static final int IRQ_KEYBOARD = 1;
    public static final int IRQ_CASCADE = 2;
    public static final int IRQ_COM1 = 4;

    static final int MASTER_CMD = 0x20;
    static final int MASTER_DATA = 0x21;
    static final int SLAVE_CMD = 0xA0;
    static final int SLAVE_DATA = 0xA1;
    static final int ICW1_INIT_ICW4 = 0x11;
    static final int ICW4_8086 = 0x01;
    static final int OCW2_EOI = 0x20;
    /** OCW3: read the in-service register (to tell spurious IRQ 7/15 from real ones). */
    static final int OCW3_READ_ISR = 0x0B;
    /** OCW3: read the interrupt request register (requests raised, not yet taken). */
    static final int OCW3_READ_IRR = 0x0A;

    /** Mask bits currently programmed: bit n = IRQ n masked. */
    private static int mask = 0xFFFF;

    private Pic() {
    }

    /** Remaps both controllers and masks every IRQ except the cascade. */
    public static void init() {
        Port.out8(MASTER_CMD, ICW1_INIT_ICW4);
        Port.out8(SLAVE_CMD, ICW1_INIT_ICW4);
        Port.out8(MASTER_DATA, VECTOR_BASE);
        Port.out8(SLAVE_DATA, VECTOR_BASE + 8);
        Port.out8(MASTER_DATA, 1 << IRQ_CASCADE);
        Port.out8(SLAVE_DATA, IRQ_CASCADE);
        Port.out8(MASTER_DATA, ICW4_8086);
        Port.out8(SLAVE_DATA, ICW4_8086);
        mask = 0xFFFF & ~(1 << IRQ_CASCADE);
        writeMask();
    }

    /** Lets IRQ irq through. */
    public static void unmask(int irq) {
        mask &= ~(1 << irq);
        writeMask();
    }

    private static void writeMask() {
        Port.out8(MASTER_DATA, mask & 0xFF);
        Port.out8(SLAVE_DATA, mask >>> 8);
    }

    /**
     * True if irq (7 or 15) is spurious: the controller raised it but nothing is in
     * service. A spurious slave IRQ still needs an EOI to the master (for the cascade).
     */
    @NoAlloc
    public static boolean spurious(int irq) {
        if (irq != 7 && irq != 15) {
            return false;
        }
        int cmd = irq == 7 ? MASTER_CMD : SLAVE_CMD;
        Port.out8(cmd, OCW3_READ_ISR);
        boolean inService = (Port.in8(cmd) & 0x80) != 0;
        if (!inService && irq == 15) {
            Port.out8(MASTER_CMD, OCW2_EOI);
        }
        return !inService;
    }

    /** True if irq is requested at its controller and not yet taken by the CPU (IRR bit). */
    @NoAlloc
    public static boolean requested(int irq) {
        int cmd = irq < 8 ? MASTER_CMD : SLAVE_CMD;
        Port.out8(cmd, OCW3_READ_IRR);
        return (Port.in8(cmd) & (1 << (irq & 7))) != 0;
    }

    /** End of interrupt for irq. */
    @NoAlloc
    public static void eoi(int irq) {
        if (irq >= 8) {
            Port.out8(SLAVE_CMD, OCW2_EOI);
        }
        Port.out8(MASTER_CMD, OCW2_EOI);
    }
}

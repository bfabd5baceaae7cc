package os2.kernel.dev;

import os2.rt.InitAtBoot;
import os2.rt.NoAlloc;

/**
 * Characters typed (PS/2 keyboard or COM1), recorded by interrupt handlers and taken
 * by the scheduler, which delivers them as Keyboard events. A fixed ring: the producer
 * is an interrupt handler (which must not allocate) and the consumer the scheduler on
 * the same CPU, so the two indexes need no lock. A full ring drops new characters.
 */
@InitAtBoot   // Interrupts.init calls init() before any input interrupt is unmasked
public final class InputRing {
    static final int CAPACITY = 256;   // a power of two: indexes wrap with a mask

    private static final char[] ring = new char[CAPACITY];
    private static int head;           // next to take; only the consumer writes it
    private static int tail;           // next free; only the producer writes it
    private static long dropped;

    private InputRing() {
    }

    /**
     * Boot (Interrupts.init, before any input interrupt is unmasked): runs this class's
     * initialiser, which allocates the ring, outside interrupt context. Were it first run
     * by take() with interrupts on, an IRQ arriving meanwhile would find the class
     * "being initialised" by the same CPU, go on, and index a null ring.
     */
    public static void init() {
        head = 0;
        tail = 0;
        dropped = 0;
    }

    /** Records one character (interrupt context). */
    @NoAlloc
    public static void put(char c) {
        if (tail - head == CAPACITY) {
            dropped++;
            return;
        }
        ring[tail & (CAPACITY - 1)] = c;
        tail++;
    }

    /** The oldest character, or -1 if none. */
    @NoAlloc
    public static int take() {
        if (head == tail) {
            return -1;
        }
        char c = ring[head & (CAPACITY - 1)];
        head++;
        return c;
    }

    @NoAlloc
    public static boolean isEmpty() {
        return head == tail;
    }

    /** Characters lost because nobody took them in time. */
    public static long dropped() {
        return dropped;
    }

    /** Forgets everything (tests). */
    public static void clear() {
        head = tail;
    }
}

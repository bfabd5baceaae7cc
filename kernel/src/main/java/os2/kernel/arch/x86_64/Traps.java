package os2.kernel.arch.x86_64;

import os2.kernel.dev.DeviceInterrupts;
import os2.kernel.dev.Ps2Keyboard;
import os2.kernel.dev.SerialInput;
import os2.kernel.mem.KernelHeap;
import os2.kernel.mem.PageFaults;
import os2.kernel.panic.Panic;
import os2.kernel.task.Tasks;
import os2.kernel.task.UserFaults;
import os2.rt.Cpu;
import os2.rt.Export;
import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The Java side of traps.S: every exception and IRQ arrives here with the address of
 * its {@link TrapFrame}. IRQ handlers only record (they never allocate, checked by the
 * compiler through {@link #irq}); the scheduler delivers what they recorded.
 */
public final class Traps {
    private static long irqCount;
    private static long timerIrqs;
    /** Set by the scheduler to be entered at the next interrupt (see KernelLoop.start). */
    private static boolean enterScheduler;
    /** Self tests: a fault to raise by resuming the next interrupted context there. */
    private static long injectRip;
    /** Self test trap-throw: the next IRQ's handler throws. */
    private static boolean throwInNextIrq;
    /** What the trap-throw self test makes a handler throw. */
    public static final String TRAP_FAILURE_MESSAGE = "deliberate failure in an interrupt handler (self test trap-throw)";

    private Traps() {
    }

    /**
     * Entry from os2_trap_common; returns TrapFrame.TRAP_RESUME or TRAP_ENTER_SCHEDULER.
     * An exception escaping a handler is a kernel bug in interrupt context: it panics
     * (status 3) rather than reaching the runtime's uncaught handler (status 1).
     */
    @Export("os2_trap")
    static int trap(long frame) {
        // One method with the handler inside the try: no extra frame on the page-fault path.
        try {
            int vector = (int) TrapFrame.get(frame, TrapFrame.VECTOR);
            if (vector >= Pic.VECTOR_BASE && vector < Pic.VECTOR_BASE + 16) {
                if (throwInNextIrq) {
                    throwInNextIrq = false;
                    Pic.eoi(vector - Pic.VECTOR_BASE);
                    throw new IllegalStateException(TRAP_FAILURE_MESSAGE);
                }
                return irq(frame, vector - Pic.VECTOR_BASE);
            }
            if (vector == Exceptions.PF && PageFaults.handle(Cpu.readCr2(), TrapFrame.get(frame, TrapFrame.ERROR),
                    TrapFrame.get(frame, TrapFrame.RIP)) == PageFaults.RESOLVED) {
                return TrapFrame.TRAP_RESUME;
            }
            if (UserMode.fromUser(frame) && Tasks.running() != null) {
                // The task's own fault: it ends, the kernel goes on with its next continuation.
                UserFaults.handle(frame, vector);
                return TrapFrame.TRAP_ENTER_SCHEDULER;
            }
            Exceptions.report(frame, vector);
            return TrapFrame.TRAP_RESUME;
        } catch (OutOfMemoryError e) {
            // the message below would need heap too (bug 4): a panic that needs none
            KernelHeap.panicOutOfHeap("out of kernel heap in the handler of vector", TrapFrame.get(frame, TrapFrame.VECTOR), e);
            return TrapFrame.TRAP_RESUME;
        } catch (Throwable t) {
            Panic.panic("exception in the handler of vector " + TrapFrame.get(frame, TrapFrame.VECTOR) + ": " + t, t);
            return TrapFrame.TRAP_RESUME;
        }
    }

    @NoAlloc
    static int irq(long frame, int irq) {
        if (Pic.spurious(irq)) {
            return TrapFrame.TRAP_RESUME;
        }
        irqCount++;
        if (irq == Pic.IRQ_TIMER) {
            timerIrqs++;   // waking the CPU from hlt is all the one-shot timer is for
        } else if (irq == Pic.IRQ_KEYBOARD) {
            Ps2Keyboard.interrupt();
        } else if (irq == Pic.IRQ_COM1) {
            SerialInput.interrupt();
        } else {
            DeviceInterrupts.dispatch(irq);   // PCI INTx: the drivers ack their device before the EOI
        }
        Pic.eoi(irq);
        if (injectRip != 0) {
            TrapFrame.set(frame, TrapFrame.RIP, injectRip);
            injectRip = 0;
        }
        if (enterScheduler) {
            enterScheduler = false;
            return TrapFrame.TRAP_ENTER_SCHEDULER;
        }
        if (UserMode.fromUser(frame) && Tasks.preemptIfDue(frame)) {
            return TrapFrame.TRAP_ENTER_SCHEDULER;   // over its CPU budget: saved, queued behind other work
        }
        return TrapFrame.TRAP_RESUME;
    }

    /** Asks the next interrupt to abandon its context and enter the scheduler loop. */
    @NoAlloc
    public static void requestSchedulerEntry() {
        enterScheduler = true;
    }

    /**
     * Self tests: the next interrupted context resumes at the traps.S fault generator
     * for vector (#DE or #UD), which Java code cannot execute directly.
     */
    public static void injectFault(int vector) {
        // Two separate calls: Mem.symbol must see one literal (a ?: of two literals
        // compiles to the second one; reported as a compiler bug).
        if (vector == Exceptions.DE) {
            injectRip = Mem.symbol("os2_raise_de");
        } else {
            injectRip = Mem.symbol("os2_raise_ud");
        }
    }

    /**
     * Self test fault-smep: the next interrupted kernel context resumes at rip (a user
     * page), as a stray kernel jump into user memory would.
     */
    public static void injectResumeAtForTest(long rip) {
        injectRip = rip;
    }

    /** Self test trap-throw: the next IRQ handler throws (and must panic). */
    public static void throwInNextIrqForTest() {
        throwInNextIrq = true;
    }

    public static long irqCount() {
        return irqCount;
    }

    public static long timerIrqs() {
        return timerIrqs;
    }
}

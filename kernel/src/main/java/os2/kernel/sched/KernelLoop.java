package os2.kernel.sched;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.Pit;
import os2.kernel.arch.x86_64.Traps;
import os2.kernel.arch.x86_64.Tss;
import os2.kernel.console.Console;
import os2.kernel.dev.InputRing;
import os2.kernel.mem.KernelHeap;
import os2.kernel.mem.Memory;
import os2.kernel.mem.Region;
import os2.kernel.panic.Panic;
import os2.rt.Cpu;
import os2.rt.Export;
import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * Runs the kernel's {@link Scheduler} on this CPU's kernel stack.
 *
 * <p>How the stack is reset: compiled Java cannot move rsp, so the loop itself is in
 * traps.S (os2_sched_enter): each iteration sets rsp to the top of the kernel stack
 * and calls {@link #step()}, which runs one continuation. Nothing survives between
 * continuations on the stack. Java cannot call assembly either, so {@link #start}
 * gets there through an interrupt: it asks the trap handler to answer
 * TRAP_ENTER_SCHEDULER, arms the timer and halts; the boot stack is abandoned.
 */
public final class KernelLoop {
    /** 64 KiB kernel stack with an unmapped guard page below: an overflow faults (#DF). */
    static final long STACK_SIZE = 64 * 1024;
    static final long GUARD = 4096;

    private static Scheduler scheduler;
    private static long stackBottom;
    private static long stackTop;
    private static long crashesReported;
    /** A user context a continuation asked to enter when it returns (see {@link #enterUser}). */
    private static long userEntry;
    /** A continuation an interrupt handler asked to run (one slot: no allocation there). */
    private static Continuation deferred;
    private static boolean failNextStep;
    /** A continuation waits on {@link ExactCollection}: the next step collects first (a flag of its own: one load per step). */
    private static boolean exactCollectionWanted;
    /** TSC ticks spent halted in {@link HardwarePlatform#idle}: busy time is the rest (the network benchmark's figure). */
    private static long idleTicks;
    /** What failNextStepForTest makes the loop throw. */
    public static final String LOOP_FAILURE_MESSAGE = "deliberate failure outside any continuation (self test sched-loop-panic)";

    private KernelLoop() {
    }

    /** The kernel's scheduler (after start). */
    public static Scheduler scheduler() {
        return scheduler;
    }

    /** The kernel stack: [bottom, top). */
    public static long stackBottom() {
        return stackBottom;
    }

    public static long stackTop() {
        return stackTop;
    }

    /** Makes first the first continuation and enters the scheduler; never returns. */
    public static void start(Continuation first) {
        allocateStack();
        scheduler = new Scheduler(new HardwarePlatform());
        scheduler.start(first);
        Mem.write64(Mem.symbol("os2_kstack_top"), stackTop);
        Tss.setRsp0(stackTop);   // interrupts in user mode land on the (empty) kernel stack
        Cpu.cli();
        Traps.requestSchedulerEntry();
        Pit.oneShot(1);
        while (true) {
            Cpu.stiHlt();   // the timer interrupt enters os2_sched_enter and never comes back
        }
    }

    private static void allocateStack() {
        if (Memory.space() != null) {
            Region r = Memory.space().allocate(STACK_SIZE, Region.WRITABLE, GUARD, GUARD, true, "kernel stack");
            if (r != null && Memory.kernelTable().mapRegion(r) == os2.kernel.mem.PageTable.OK) {
                stackBottom = r.base();
                stackTop = r.base() + r.size();
                return;
            }
        }
        // Without memory management: the static stack in traps.S (no guard page).
        stackBottom = Mem.symbol("os2_kstack_fallback_bottom");
        stackTop = Mem.symbol("os2_kstack_fallback_top");
    }

    /**
     * Ends a continuation by entering user mode: the continuation returns this (Done) and,
     * instead of the next continuation, traps.S resumes the user context word names (a
     * task's save area and how, from the task subsystem). The kernel stack is left empty.
     * The caller may already have turned interrupts off (Tasks.enter does, to arm the CPU
     * budget so that its interrupt can only be taken in user mode).
     */
    public static Result enterUser(long word) {
        userEntry = word;
        return Result.done();
    }

    /**
     * From interrupt context (no allocation): run c once the interrupted work is left,
     * e.g. the resumption of a preempted task. One slot: the one CPU preempts at most one
     * task per interrupt, and the loop takes the slot before anything else runs.
     */
    @NoAlloc
    public static void deferFromInterrupt(Continuation c) {
        deferred = c;
    }

    /**
     * One iteration of os2_sched_enter's loop, on a fresh stack. Returns 0 to loop again,
     * or a user context for traps.S to resume (see {@link #enterUser}).
     */
    @Export("os2_sched_step")
    static long step() {
        // traps.S turned interrupts on before the call; the one cli is in interruptsOff,
        // so this method has no raw access, and no line store per line for one
        try {
            if (exactCollectionWanted) {
                exactCollectionWanted = false;
                ExactCollection.EVENT.run(scheduler);   // first: nothing is on the stack yet
            }
            IrqEvent.deliverAll(scheduler);   // device interrupts recorded since the last step
            if (deferred != null) {
                // the preempted task goes behind the timers and interrupts that came due
                // during its budget, so a busy task cannot delay them by a whole turn
                scheduler.resume(deferred);
                deferred = null;
            }
            long crashes = scheduler.crashes();
            if (!scheduler.step()) {
                scheduler.trim();
                IdleHeap.tidy();
                scheduler.idle();
            } else if (scheduler.crashes() != crashes) {
                reportCrash(scheduler.lastCrash());
            }
            if (failNextStep) {
                failNextStep = false;
                throw new IllegalStateException(LOOP_FAILURE_MESSAGE);
            }
            if (userEntry != 0) {
                long word = userEntry;
                userEntry = 0;
                interruptsOff();   // they come back on with the task's RFLAGS (iretq/sysretq)
                return word;
            }
        } catch (OutOfMemoryError e) {
            // The collector already collected and found no room; the continuation's work is
            // lost, so the kernel cannot continue.
            KernelHeap.panicOutOfHeap("out of kernel heap", e);
        } catch (Throwable t) {
            // Not a continuation's failure (Scheduler.dispatch keeps those): the scheduler,
            // the idle path or the heap housekeeping broke, so its state cannot be trusted.
            // Returning would reach the runtime's uncaught handler (status 1, "a test failed").
            Panic.panic("exception in the scheduler loop: " + t, t);
        }
        return 0;
    }

    private static void interruptsOff() {
        Cpu.cli();
    }

    /** The next step begins with {@link ExactCollection#run} (its waiters' request). */
    static void wantExactCollection() {
        exactCollectionWanted = true;
    }

    /** Self test sched-loop-panic: the next step throws outside any continuation. */
    public static void failNextStepForTest() {
        failNextStep = true;
    }

    /**
     * A continuation threw: a kernel bug, but one continuation's work is lost, not the
     * kernel. Say so loudly (the Scheduler only counts it) and keep going.
     */
    private static void reportCrash(Throwable t) {
        crashesReported++;
        Console.print("continuation failed: ");
        t.printStackTrace();
    }

    /**
     * TSC ticks the CPU spent halted waiting for an interrupt since boot (with the
     * interrupt handlers that ended each halt). Under {@code -icount shift=0,sleep=off}
     * the TSC counts guest instructions plus the virtual time skipped while halted, so
     * TSC minus this is the instructions executed (docs/BENCHMARKS.md, "Network").
     */
    @NoAlloc
    public static long idleTicks() {
        return idleTicks;
    }

    /** Crashed continuations reported on the console. */
    public static long crashesReported() {
        return crashesReported;
    }

    /** The real clock, input ring and hlt. */
    static final class HardwarePlatform implements Scheduler.Platform {
        @Override
        public long nanos() {
            return Clock.nanos();
        }

        @Override
        public int pollKey() {
            return InputRing.take();
        }

        @Override
        public boolean inputReady() {
            return !InputRing.isEmpty();
        }

        @Override
        @NoAlloc
        public void idle(long deadline, boolean wantKeys) {
            // Interrupts off while deciding, then sti;hlt as one step: an interrupt that
            // arrives after the check still ends the hlt (sti takes effect after hlt begins).
            Cpu.cli();
            long now = Clock.nanos();
            if ((wantKeys && !InputRing.isEmpty()) || deadline <= now || IrqEvent.pending()) {
                Cpu.sti();
                return;
            }
            if (deadline != Scheduler.NEVER) {
                Pit.oneShot(Pit.countFor(deadline - now));
            }
            long halted = Cpu.rdtsc();
            Cpu.stiHlt();
            idleTicks += Cpu.rdtsc() - halted;
        }
    }
}

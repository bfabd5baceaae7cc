package os2.kernel.test;

import java.util.function.Function;
import os2.kernel.console.Console;
import os2.kernel.mem.MemBench;
import os2.kernel.sched.Result;
import os2.kernel.sched.SchedBench;

/**
 * {@code bench=kernel} on the command line: the memory and scheduler micro-benchmarks.
 * The memory ones run inside one continuation; the scheduler ones are chains of
 * continuations on the kernel's own scheduler (real clock, interrupts, stack resets).
 * Under {@code -icount shift=0} a TSC tick is a guest instruction, so each prints
 * {@code bench: NAME insns=N} with N guest instructions per operation;
 * {@code ./os2 bench kernel} collects them (docs/BENCHMARKS.md).
 */
public final class Benchmarks {
    static final int FRAME_OPS = 100_000;
    static final int MAP_OPS = 20_000;
    static final int FAULT_PAGES = 4096;

    private Benchmarks() {
    }

    /**
     * Runs the named set ("kernel" or "all"); the returned Result is the first step.
     * whenDone gets false if a benchmark could not run, and its Result follows.
     */
    public static Result start(String which, Function<Boolean, Result> whenDone) {
        if (!which.equals("kernel") && !which.equals("all")) {
            Console.println("bench: unknown set \"" + which + "\" (have: kernel)");
            return whenDone.apply(false);
        }
        boolean ok = report("frame-alloc-free", MemBench.frameAllocFree(FRAME_OPS));
        ok &= report("map4k-unmap", MemBench.map4kUnmap(MAP_OPS));
        ok &= report("demand-zero-fault", MemBench.demandZeroFault(FAULT_PAGES));
        // The two ways to keep tasks apart in one address space (docs/ARCHITECTURE.md, "Tasks"):
        ok &= report("view-switch", MemBench.viewSwitch(MAP_OPS));
        ok &= report("user-bit-switch-64-pages", MemBench.userBitSwitch(64, 100));
        boolean memOk = ok;
        return SchedBench.nowDispatch(now -> SchedBench.timerLatency(
                timer -> whenDone.apply(memOk && now > 0 && timer > 0)));
    }

    private static boolean report(String name, long insns) {
        Console.println("bench: " + name + " insns=" + insns);
        return insns > 0;
    }
}

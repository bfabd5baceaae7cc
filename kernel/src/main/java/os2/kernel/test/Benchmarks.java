package os2.kernel.test;

import os2.kernel.console.Console;
import os2.kernel.mem.MemBench;
import os2.kernel.sched.SchedBench;

/**
 * {@code bench=kernel} on the command line: the memory and scheduler micro-benchmarks,
 * run inside the first continuation (SchedBench needs the real scheduler, clock and
 * interrupts). Under {@code -icount shift=0} a TSC tick is a guest instruction, so each
 * prints {@code bench: NAME insns=N} with N guest instructions per operation;
 * {@code ./os2 bench kernel} collects them (docs/BENCHMARKS.md).
 */
public final class Benchmarks {
    static final int FRAME_OPS = 100_000;
    static final int MAP_OPS = 20_000;
    static final int FAULT_PAGES = 4096;

    private Benchmarks() {
    }

    /** Runs the named set ("kernel" or "all"); false if a benchmark could not run. */
    public static boolean run(String which) {
        if (!which.equals("kernel") && !which.equals("all")) {
            Console.println("bench: unknown set \"" + which + "\" (have: kernel)");
            return false;
        }
        boolean ok = report("frame-alloc-free", MemBench.frameAllocFree(FRAME_OPS));
        ok &= report("map4k-unmap", MemBench.map4kUnmap(MAP_OPS));
        ok &= report("demand-zero-fault", MemBench.demandZeroFault(FAULT_PAGES));
        ok &= SchedBench.nowDispatch() > 0;
        ok &= SchedBench.timerLatency() > 0;
        return ok;
    }

    private static boolean report(String name, long insns) {
        Console.println("bench: " + name + " insns=" + insns);
        return insns > 0;
    }
}

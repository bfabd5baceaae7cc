package os2.kernel.sched;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.Exceptions;
import os2.kernel.arch.x86_64.Pit;
import os2.kernel.arch.x86_64.Traps;
import os2.kernel.console.Console;
import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * In-kernel self tests of interrupts, time, input and the scheduler. Each returns null
 * on success or the reason for failure. They run inside a continuation of the kernel
 * scheduler and drive their own {@link Scheduler} on the real clock and input (the
 * tests that need the kernel's own loop are in {@link LoopSelfTests}). The
 * fault tests end the kernel with the exception's report (selected one at a time).
 */
public final class SchedSelfTests {
    /** What the QEMU integration test types on the serial line for {@link #input()}. */
    public static final String INPUT_LINE = "hello os2";
    static final long WAIT_NANOS = 10_000_000L;
    static final int WAITS = 5;

    private SchedSelfTests() {
    }

    private static Scheduler newScheduler() {
        return new Scheduler(new KernelLoop.HardwarePlatform());
    }

    /** Five chained 10 ms Until waits: each wakes after its deadline, within 5 ms, by timer IRQs. */
    public static String untilChain() {
        Scheduler s = newScheduler();
        long[] late = new long[WAITS];
        int[] n = {0};
        long irqs = Traps.timerIrqs();
        long start = s.now();
        s.start(() -> chain(s, s.now() + WAIT_NANOS, late, n));
        s.runUntil(() -> n[0] == WAITS);
        long elapsed = s.now() - start;
        if (n[0] != WAITS) {
            return "only " + n[0] + " of " + WAITS + " waits ended";
        }
        for (int i = 0; i < WAITS; i++) {
            if (late[i] < 0 || late[i] > 5_000_000L) {
                return "wait " + i + " ended " + late[i] + " ns after its deadline";
            }
        }
        if (elapsed < WAITS * WAIT_NANOS) {
            return "chain took " + elapsed + " ns, less than " + WAITS * WAIT_NANOS;
        }
        return Traps.timerIrqs() > irqs ? null : "no timer interrupt during the waits";
    }

    private static Result chain(Scheduler s, long deadline, long[] late, int[] n) {
        return Result.until(deadline, () -> {
            late[n[0]] = s.now() - deadline;
            n[0]++;
            return n[0] < WAITS ? chain(s, s.now() + WAIT_NANOS, late, n) : Result.done();
        });
    }

    /** A line typed on the serial terminal (or keyboard) reaches Keyboard continuations. */
    public static String input() {
        Scheduler s = newScheduler();
        StringBuilder got = new StringBuilder();
        boolean[] end = {false, false};   // line complete, timed out
        Console.println("input: type \"" + INPUT_LINE + "\" and Enter");
        s.start(() -> Result.all(new Successor.Keyboard(c -> readLine(c, got, end)),
                new Successor.Until(s.now() + 20_000_000_000L, () -> {
                    end[1] = true;
                    return Result.done();
                })));
        s.runUntil(() -> end[0] || end[1]);
        if (!end[0]) {
            return "timed out after \"" + got + "\"";
        }
        return INPUT_LINE.equals(got.toString()) ? null : "read \"" + got + "\"";
    }

    private static Result readLine(char c, StringBuilder got, boolean[] end) {
        if (c == '\n') {
            end[0] = true;
            return Result.done();
        }
        got.append(c);
        return Result.key(d -> readLine(d, got, end));
    }

    /** fault-de / fault-ud: the next interrupt resumes at a divide by zero / ud2. */
    public static String raiseInjected(int vector) {
        Traps.injectFault(vector);
        Pit.oneShot(Pit.countFor(1_000_000L));
        long end = Clock.nanos() + 1_000_000_000L;
        while (Clock.nanos() < end) {
            Cpu.stiHlt();
        }
        return "no exception";
    }

    public static String faultDivide() {
        return raiseInjected(Exceptions.DE);
    }

    public static String faultInvalidOpcode() {
        return raiseInjected(Exceptions.UD);
    }

    /** A load from a non-canonical address: #GP(0). */
    public static String faultGeneralProtection() {
        return "no exception, read " + Mem.read64(0x8000_0000_0000_0000L);
    }

    /** A load from an unmapped user-half address: #PF, not present. */
    public static String faultPage() {
        return "no exception, read " + Mem.read64(0x0000_7F00_0000_0000L);
    }

    /** Unbounded recursion overflows the kernel stack into its guard page: #DF on IST1. */
    public static String faultDoubleFault() {
        return "no exception, depth " + recurse(0);
    }

    private static long recurse(long n) {
        return recurse(n + 1) + recurse(n + 2) + 1;
    }
}

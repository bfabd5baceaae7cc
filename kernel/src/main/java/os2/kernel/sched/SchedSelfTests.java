package os2.kernel.sched;

import java.util.function.Function;
import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.Exceptions;
import os2.kernel.arch.x86_64.Pit;
import os2.kernel.arch.x86_64.Traps;
import os2.kernel.console.Console;
import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * In-kernel self tests of interrupts, time, input and the scheduler. sched-until and
 * input are asynchronous: chains of continuations on the kernel's own loop (like
 * {@link LoopSelfTests}) whose last one reports through {@code finish}. The fault tests
 * return null on success or the reason for failure, and end the kernel with the
 * exception's report (selected one at a time).
 */
public final class SchedSelfTests {
    /** What the QEMU integration test types on the serial line for {@link #input()}. */
    public static final String INPUT_LINE = "hello os2";
    static final long WAIT_NANOS = 10_000_000L;
    static final int WAITS = 5;
    /** Wall time under TCG: a busy host delays the guest; latency itself is a benchmark (timer-latency). */
    static final long MAX_LATE_NANOS = 25_000_000L;
    /** Below SelfTests' 10 s watchdog, so the failure says what was read. */
    static final long INPUT_TIMEOUT_NANOS = 8_000_000_000L;

    private SchedSelfTests() {
    }

    /**
     * sched-until: five chained 10 ms Until waits on the kernel loop; each wakes after
     * its deadline, within 5 ms, and timer interrupts did the waking.
     */
    public static Result untilChain(Function<String, Result> finish) {
        return new UntilChain(KernelLoop.scheduler(), finish).next();
    }

    private static final class UntilChain {
        private final Scheduler s;
        private final Function<String, Result> finish;
        private final long[] late = new long[WAITS];
        private final long irqs = Traps.timerIrqs();
        private final long start;
        private int n;

        UntilChain(Scheduler s, Function<String, Result> finish) {
            this.s = s;
            this.finish = finish;
            this.start = s.now();
        }

        Result next() {
            long deadline = s.now() + WAIT_NANOS;
            return Result.until(deadline, () -> woke(deadline));
        }

        private Result woke(long deadline) {
            late[n++] = s.now() - deadline;
            return n < WAITS ? next() : finish.apply(verdict(s.now() - start));
        }

        private String verdict(long elapsed) {
            for (int i = 0; i < WAITS; i++) {
                if (late[i] < 0 || late[i] > MAX_LATE_NANOS) {
                    return "wait " + i + " ended " + late[i] + " ns after its deadline";
                }
            }
            if (elapsed < WAITS * WAIT_NANOS) {
                return "chain took " + elapsed + " ns, less than " + WAITS * WAIT_NANOS;
            }
            return Traps.timerIrqs() > irqs ? null : "no timer interrupt during the waits";
        }
    }

    /**
     * input: a line typed on the serial terminal (or keyboard) reaches Keyboard
     * continuations of the kernel loop. Gives up after INPUT_TIMEOUT_NANOS (before the
     * self-test watchdog) to say what it read; a Keyboard waiter still queued then
     * takes one later character and drops it.
     */
    public static Result input(Function<String, Result> finish) {
        Scheduler s = KernelLoop.scheduler();
        StringBuilder got = new StringBuilder();
        boolean[] settled = {false};
        Function<String, Result> once = reason -> {
            if (settled[0]) {
                return Result.done();
            }
            settled[0] = true;
            return finish.apply(reason);
        };
        Console.println("input: type \"" + INPUT_LINE + "\" and Enter");
        return Result.all(new Successor.Keyboard(c -> readLine(c, got, once)),
                new Successor.Until(s.now() + INPUT_TIMEOUT_NANOS,
                        () -> once.apply("timed out after \"" + got + "\"")));
    }

    private static Result readLine(char c, StringBuilder got, Function<String, Result> finish) {
        if (c == '\n') {
            return finish.apply(INPUT_LINE.equals(got.toString()) ? null : "read \"" + got + "\"");
        }
        got.append(c);
        return Result.key(d -> readLine(d, got, finish));
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

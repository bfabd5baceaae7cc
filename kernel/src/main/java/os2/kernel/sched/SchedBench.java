package os2.kernel.sched;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.console.Console;
import os2.rt.Cpu;

/**
 * Scheduler benchmarks for {@code ./os2 bench} under {@code -icount shift=0}, where a TSC
 * tick is one guest instruction. Each prints one "bench: NAME insns=N" line.
 */
public final class SchedBench {
    static final int DISPATCHES = 10_000;
    static final int TIMERS = 20;
    static final long TIMER_DELAY = 1_000_000L;

    private SchedBench() {
    }

    /** Guest instructions per Now continuation: scheduling it, dispatching it, running an empty body. */
    public static long nowDispatch() {
        Scheduler s = new Scheduler(new KernelLoop.HardwarePlatform());
        int[] n = {0};
        Continuation[] self = new Continuation[1];
        Result again = Result.now(() -> self[0].run());
        self[0] = () -> ++n[0] < DISPATCHES ? again : Result.done();
        s.start(self[0]);
        long t0 = Cpu.rdtsc();
        s.runUntil(() -> n[0] >= DISPATCHES);
        long per = (Cpu.rdtsc() - t0) / DISPATCHES;
        Console.println("bench: now-dispatch insns=" + per);
        return per;
    }

    /** Guest instructions from an Until deadline to its continuation's first instruction (mean). */
    public static long timerLatency() {
        Scheduler s = new Scheduler(new KernelLoop.HardwarePlatform());
        long[] sum = {0};
        int[] n = {0};
        s.start(() -> wait(s, sum, n));
        s.runUntil(() -> n[0] >= TIMERS);
        long per = sum[0] * Clock.tscHz() / 1_000_000_000L / TIMERS;
        Console.println("bench: timer-latency insns=" + per);
        return per;
    }

    private static Result wait(Scheduler s, long[] sum, int[] n) {
        long deadline = s.now() + TIMER_DELAY;
        return Result.until(deadline, () -> {
            sum[0] += Clock.nanos() - deadline;
            n[0]++;
            return n[0] < TIMERS ? wait(s, sum, n) : Result.done();
        });
    }
}

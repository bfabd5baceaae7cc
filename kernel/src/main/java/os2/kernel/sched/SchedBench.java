package os2.kernel.sched;

import java.util.function.LongFunction;
import os2.kernel.arch.x86_64.Clock;
import os2.kernel.console.Console;
import os2.rt.Cpu;

/**
 * Scheduler benchmarks for {@code ./os2 bench} under {@code -icount shift=0}, where a TSC
 * tick is one guest instruction. Each prints one "bench: NAME insns=N" line. Both run
 * on the kernel's own scheduler ({@link KernelLoop}): every continuation is dispatched
 * from traps.S's os2_sched_enter loop with its stack reset, so the figures include
 * the whole trip, not a nested loop's. Each returns its first step; then gets the
 * figure and says what follows.
 */
public final class SchedBench {
    static final int DISPATCHES = 10_000;
    static final int TIMERS = 20;
    static final long TIMER_DELAY = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private SchedBench() {
    }

    /**
     * Guest instructions per Now continuation: a link returns a fresh {@code Result.now}
     * of the next (allocation included), the kernel loop resets the stack and dispatches it.
     */
    public static Result nowDispatch(LongFunction<Result> then) {
        NowChain c = new NowChain(then);
        c.t0 = Cpu.rdtsc();
        return Result.now(c::link);
    }

    private static final class NowChain {
        private final LongFunction<Result> then;
        private int n;
        private long t0;

        NowChain(LongFunction<Result> then) {
            this.then = then;
        }

        Result link() {
            if (++n < DISPATCHES) {
                return Result.now(this::link);
            }
            long per = (Cpu.rdtsc() - t0) / DISPATCHES;
            Console.println("bench: now-dispatch insns=" + per);
            return then.apply(per);
        }
    }

    /** Guest instructions from an Until deadline to its continuation's first instruction (mean). */
    public static Result timerLatency(LongFunction<Result> then) {
        return new TimerChain(then).waitOnce();
    }

    private static final class TimerChain {
        private final LongFunction<Result> then;
        private long sumNanos;
        private int n;

        TimerChain(LongFunction<Result> then) {
            this.then = then;
        }

        Result waitOnce() {
            long deadline = Clock.nanos() + TIMER_DELAY;
            return Result.until(deadline, () -> woke(deadline));
        }

        private Result woke(long deadline) {
            sumNanos += Clock.nanos() - deadline;
            if (++n < TIMERS) {
                return waitOnce();
            }
            long per = sumNanos * Clock.tscHz() / NANOS_PER_SECOND / TIMERS;
            Console.println("bench: timer-latency insns=" + per);
            return then.apply(per);
        }
    }
}

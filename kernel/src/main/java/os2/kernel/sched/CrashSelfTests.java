package os2.kernel.sched;

import java.util.function.Function;
import os2.kernel.arch.x86_64.Pit;
import os2.kernel.arch.x86_64.Traps;

/**
 * Self tests of how a bug is contained, on the kernel's own loop. A continuation that
 * returns null or a null successor loses only its own work (counted and reported like
 * one that throws: sched-null-result, sched-null-successor). An exception outside any
 * continuation (the scheduler loop, sched-loop-panic) or in an interrupt handler
 * (trap-throw) is a panic, status 3; those two end the kernel and run only when named.
 */
public final class CrashSelfTests {
    private CrashSelfTests() {
    }

    /** sched-null-result: a continuation returning null is a counted, reported crash naming it. */
    public static Result nullResult(Function<String, Result> finish) {
        Scheduler s = KernelLoop.scheduler();
        long crashes = s.crashes();
        long reported = KernelLoop.crashesReported();
        s.start(CrashSelfTests::returnsNull);
        return Result.now(() -> {
            Throwable t = s.lastCrash();
            if (s.crashes() != crashes + 1 || KernelLoop.crashesReported() != reported + 1) {
                return finish.apply((s.crashes() - crashes) + " crashes counted, expected 1");
            }
            return finish.apply(t instanceof NullPointerException && t.getMessage().contains("CrashSelfTests")
                    && t.getMessage().contains("returned null instead of a Result") ? null : "last crash is " + t);
        });
    }

    private static Result returnsNull() {
        return null;
    }

    /** sched-null-successor: Result.now(null) fails in the continuation that wrote it. */
    public static Result nullSuccessor(Function<String, Result> finish) {
        Scheduler s = KernelLoop.scheduler();
        long crashes = s.crashes();
        s.start(() -> Result.now(null));
        return Result.now(() -> {
            Throwable t = s.lastCrash();
            if (s.crashes() != crashes + 1) {
                return finish.apply((s.crashes() - crashes) + " crashes counted, expected 1");
            }
            if (!(t instanceof NullPointerException) || !"Result.now: null continuation".equals(t.getMessage())) {
                return finish.apply("last crash is " + t);
            }
            StackTraceElement[] trace = t.getStackTrace();
            for (int i = 0; i < trace.length; i++) {
                if (trace[i].getClassName().startsWith(CrashSelfTests.class.getName())) {
                    return finish.apply(null);
                }
            }
            return finish.apply("the trace does not name the continuation that returned it");
        });
    }

    /** sched-loop-panic: an exception in the loop itself, outside any continuation, panics. */
    public static Result loopPanics(Function<String, Result> finish) {
        KernelLoop.failNextStepForTest();
        return Result.now(() -> finish.apply("the scheduler loop went on after an exception"));
    }

    /** trap-throw: an exception escaping an interrupt handler panics. */
    public static Result trapPanics(Function<String, Result> finish) {
        Traps.throwInNextIrqForTest();
        Pit.oneShot(Pit.countFor(1_000_000L));
        return Result.until(KernelLoop.scheduler().now() + 100_000_000L,
                () -> finish.apply("the kernel went on after an exception in an interrupt handler"));
    }
}

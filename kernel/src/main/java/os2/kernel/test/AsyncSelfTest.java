package os2.kernel.test;

import java.util.function.Function;
import os2.kernel.sched.Result;

/**
 * A self test that runs as continuations on the kernel's own scheduler (for what only
 * the real loop shows: fresh stacks per continuation, idle-time work, crash reports).
 * {@link #start} returns the test's first Result; the test's last continuation returns
 * {@code finish.apply(null)} to pass or {@code finish.apply(reason)} to fail, and the
 * runner goes on with the next test from there. A test that never finishes (e.g. one
 * of its continuations threw) fails after {@link SelfTests#ASYNC_TIMEOUT_NANOS}.
 */
@FunctionalInterface
public interface AsyncSelfTest {
    Result start(Function<String, Result> finish);
}

package os2.kernel.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import os2.kernel.console.Console;
import os2.kernel.console.Log;
import os2.kernel.sched.KernelLoop;
import os2.kernel.sched.Result;
import os2.kernel.sched.Successor;

/**
 * The in-kernel self tests. Each has a stable name; {@code test=all} on the kernel
 * command line runs every test registered with {@code inAll}, {@code test=a,b}
 * runs the named ones (also those outside "all", such as {@code fail} and
 * {@code panic}). Output, whatever the log level:
 * <pre>
 * TEST name ... ok
 * TEST name ... FAIL reason
 * N passed, M failed
 * </pre>
 * To add a test: register it in {@link #registerAll()} (or in a register method
 * of your subsystem called from there) with a name nobody uses yet.
 *
 * <p>The tests run one after another as continuations of the kernel scheduler
 * ({@link #start}): each plain {@link SelfTest} in a continuation of its own, each
 * {@link AsyncSelfTest} as its own chain of continuations, watched by a timeout.
 */
public final class SelfTests {
    /** An asynchronous test that has not finished after this long (TSC time) fails. */
    public static final long ASYNC_TIMEOUT_NANOS = 10_000_000_000L;

    private static final List<String> names = new ArrayList<>();
    private static final List<Boolean> inAll = new ArrayList<>();
    private static final List<SelfTest> bodies = new ArrayList<>();
    private static final List<AsyncSelfTest> asyncBodies = new ArrayList<>();
    private static boolean registered;

    private SelfTests() {
    }

    /** Registers a test; names are unique. */
    public static void register(String name, boolean partOfAll, SelfTest body) {
        add(name, partOfAll, body, null);
    }

    /** Registers a test that runs as continuations on the kernel scheduler. */
    public static void registerAsync(String name, boolean partOfAll, AsyncSelfTest body) {
        add(name, partOfAll, null, body);
    }

    private static void add(String name, boolean partOfAll, SelfTest body, AsyncSelfTest async) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("self test registered twice: " + name);
        }
        names.add(name);
        inAll.add(partOfAll);
        bodies.add(body);
        asyncBodies.add(async);
    }

    /** Every subsystem's tests. Add yours here. */
    static void registerAll() {
        if (registered) {
            return;
        }
        registered = true;
        BootSelfTests.register();
        ConsoleSelfTests.register();
        RuntimeSelfTests.register();
        ProtocolSelfTests.register();
        KernelSelfTests.register();
        NetSelfTests.register();
    }

    /** Registered test names, in order. */
    public static List<String> names() {
        registerAll();
        return names;
    }

    /** The names spec selects: "all", or names separated by commas. */
    public static List<String> select(String spec) {
        registerAll();
        List<String> out = new ArrayList<>();
        if (spec == null || spec.isEmpty()) {
            return out;
        }
        if (spec.equals("all")) {
            for (int i = 0; i < names.size(); i++) {
                if (inAll.get(i)) {
                    out.add(names.get(i));
                }
            }
            return out;
        }
        int start = 0;
        while (start <= spec.length()) {
            int comma = spec.indexOf(',', start);
            int end = comma < 0 ? spec.length() : comma;
            if (end > start) {
                out.add(spec.substring(start, end));
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * Runs the tests spec selects on the kernel scheduler and prints the protocol; the
     * returned Result is the first step. When all have run, whenDone gets the number
     * of failures and its Result follows.
     */
    public static Result start(String spec, IntFunction<Result> whenDone) {
        Run run = new Run(select(spec), whenDone);
        return Result.now(run::next);
    }

    /** The state of one test= run: which test is next, the counts. */
    private static final class Run {
        private final List<String> selected;
        private final IntFunction<Result> whenDone;
        private int next;
        private int passed;
        private int failed;

        Run(List<String> selected, IntFunction<Result> whenDone) {
            this.selected = selected;
            this.whenDone = whenDone;
        }

        /** Runs (or starts) the next test; each test begins in a fresh continuation. */
        Result next() {
            if (next == selected.size()) {
                Console.println(passed + " passed, " + failed + " failed");
                return whenDone.apply(failed);
            }
            String name = selected.get(next++);
            int i = names.indexOf(name);
            if (i < 0 || asyncBodies.get(i) == null) {
                return report(name, i < 0 ? "no such test" : runOne(i));
            }
            AsyncSelfTest body = asyncBodies.get(i);
            boolean[] settled = {false};   // the first of finish and timeout counts
            Function<String, Result> finish = reason -> {
                if (settled[0]) {
                    return Result.done();
                }
                settled[0] = true;
                return report(name, reason);
            };
            long deadline = KernelLoop.scheduler().now() + ASYNC_TIMEOUT_NANOS;
            return Result.all(new Successor.Now(() -> startAsync(name, body, finish)),
                    new Successor.Until(deadline, () -> finish.apply("timed out after "
                            + ASYNC_TIMEOUT_NANOS / 1_000_000_000L + " s")));
        }

        private Result report(String name, String reason) {
            if (reason == null) {
                passed++;
                Console.println("TEST " + name + " ... ok");
            } else {
                failed++;
                Console.println("TEST " + name + " ... FAIL " + reason);
            }
            return Result.now(this::next);
        }
    }

    private static Result startAsync(String name, AsyncSelfTest body, Function<String, Result> finish) {
        Log.debug("test", "starting " + name);
        try {
            return body.start(finish);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable t) {
            return finish.apply(reasonOf(t));
        }
    }

    /** null when the test passed, else the reason. */
    private static String runOne(int i) {
        Log.debug("test", "running " + names.get(i));
        try {
            bodies.get(i).run();
            return null;
        } catch (OutOfMemoryError e) {
            throw e;   // the kernel heap is exhausted: not a test result, a panic (KernelLoop)
        } catch (Throwable t) {
            return reasonOf(t);
        }
    }

    private static String reasonOf(Throwable t) {
        if (t instanceof TestFailure) {
            return t.getMessage();
        }
        if (Log.enabled(Log.DEBUG)) {
            t.printStackTrace();
        }
        return t.toString();
    }
}

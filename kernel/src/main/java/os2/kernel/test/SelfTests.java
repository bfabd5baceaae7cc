package os2.kernel.test;

import java.util.ArrayList;
import java.util.List;
import os2.kernel.console.Console;
import os2.kernel.console.Log;

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
 */
public final class SelfTests {
    private static final List<String> names = new ArrayList<>();
    private static final List<Boolean> inAll = new ArrayList<>();
    private static final List<SelfTest> bodies = new ArrayList<>();
    private static boolean registered;

    private SelfTests() {
    }

    /** Registers a test; names are unique. */
    public static void register(String name, boolean partOfAll, SelfTest body) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("self test registered twice: " + name);
        }
        names.add(name);
        inAll.add(partOfAll);
        bodies.add(body);
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

    /** Runs the tests spec selects, prints the protocol, returns the number of failures. */
    public static int run(String spec) {
        List<String> selected = select(spec);
        int passed = 0;
        int failed = 0;
        for (int i = 0; i < selected.size(); i++) {
            String name = selected.get(i);
            String reason = runOne(name);
            if (reason == null) {
                passed++;
                Console.println("TEST " + name + " ... ok");
            } else {
                failed++;
                Console.println("TEST " + name + " ... FAIL " + reason);
            }
        }
        Console.println(passed + " passed, " + failed + " failed");
        return failed;
    }

    /** null when the test passed, else the reason. */
    private static String runOne(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            return "no such test";
        }
        Log.debug("test", "running " + name);
        try {
            bodies.get(i).run();
            return null;
        } catch (TestFailure f) {
            return f.getMessage();
        } catch (OutOfMemoryError e) {
            throw e;   // the kernel heap is exhausted: not a test result, a panic (KernelLoop)
        } catch (Throwable t) {
            if (Log.enabled(Log.DEBUG)) {
                t.printStackTrace();
            }
            return t.toString();
        }
    }
}

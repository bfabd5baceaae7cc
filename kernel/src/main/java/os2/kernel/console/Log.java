package os2.kernel.console;

/**
 * The kernel log: one line per event, {@code [level] subsystem: message}, on the
 * console. Messages below the current level are dropped. The level comes from the
 * kernel command line ({@code log=error|warn|info|debug|trace}); {@code ./os2 boot
 * --quiet} passes {@code log=warn} so that only what programs write reaches stdout.
 */
public final class Log {
    public static final int ERROR = 0;
    public static final int WARN = 1;
    public static final int INFO = 2;
    public static final int DEBUG = 3;
    public static final int TRACE = 4;

    private static final String[] NAMES = {"error", "warn", "info", "debug", "trace"};
    private static final String[] TAGS = {"[error] ", "[warn ] ", "[info ] ", "[debug] ", "[trace] "};

    private static int level = INFO;

    private Log() {
    }

    public static int level() {
        return level;
    }

    public static void setLevel(int l) {
        level = Math.max(ERROR, Math.min(TRACE, l));
    }

    /** The level named by s (error, warn/warning, info, debug, trace), or -1 if unknown. */
    public static int parseLevel(String s) {
        if (s == null) {
            return -1;
        }
        if (s.equals("warning")) {
            return WARN;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    public static String levelName(int l) {
        return NAMES[l];
    }

    public static boolean enabled(int l) {
        return l <= level;
    }

    public static void log(int l, String subsystem, String message) {
        if (l > level) {
            return;
        }
        Console.print(TAGS[l]);
        Console.print(subsystem);
        Console.print(": ");
        Console.println(message);
    }

    /** A line without tag, printed only at or above level l (the banner, "kernel ready"). */
    public static void plain(int l, String line) {
        if (l <= level) {
            Console.println(line);
        }
    }

    public static void error(String subsystem, String message) { log(ERROR, subsystem, message); }
    public static void warn(String subsystem, String message) { log(WARN, subsystem, message); }
    public static void info(String subsystem, String message) { log(INFO, subsystem, message); }
    public static void debug(String subsystem, String message) { log(DEBUG, subsystem, message); }
    public static void trace(String subsystem, String message) { log(TRACE, subsystem, message); }
}

package os2.kernel.cap;

/** What a capability names (CAP_INFO's kind; docs/SYSCALLS.md). */
public final class Kind {
    public static final int CONSOLE = 1;
    public static final int MEMORY = 2;
    public static final int MODULES = 3;
    public static final int MODULE = 4;
    public static final int TASK = 5;
    public static final int REGION = 6;
    public static final int CHANNEL = 7;
    public static final int GROUP = 8;
    public static final int SYSTEM = 9;
    /** The right to open sockets (docs/NETWORK.md "Sockets"). */
    public static final int NETWORK = 10;
    public static final int SOCKET = 11;
    private static final String[] NAMES = {"?", "console", "memory", "modules", "module", "task", "region",
        "channel", "group", "system", "network", "socket"};

    private Kind() {
    }

    public static String name(int kind) {
        return kind > 0 && kind < NAMES.length ? NAMES[kind] : "?";
    }
}

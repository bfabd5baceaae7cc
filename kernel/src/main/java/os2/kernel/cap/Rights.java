package os2.kernel.cap;

/**
 * The rights a capability carries (docs/SYSCALLS.md "Handles and capabilities"). A
 * derived copy has a subset of its parent's rights, never more.
 */
public final class Rights {
    public static final int READ = 1;
    public static final int WRITE = 1 << 1;
    public static final int EXEC = 1 << 2;
    public static final int MAP = 1 << 3;
    public static final int TRANSFER = 1 << 4;
    public static final int DUPLICATE = 1 << 5;
    public static final int REVOKE = 1 << 6;
    public static final int WAIT = 1 << 7;
    public static final int KILL = 1 << 8;
    public static final int ALLOC = 1 << 9;
    /** Sockets: open outgoing connections (on a network capability: make sockets that may). */
    public static final int CONNECT = 1 << 10;
    /** Sockets: listen on a port and accept connections. */
    public static final int LISTEN = 1 << 11;
    /** Every right defined. */
    public static final int ALL = (1 << 12) - 1;

    private static final String[] NAMES = {"read", "write", "exec", "map", "transfer", "duplicate", "revoke",
        "wait", "kill", "alloc", "connect", "listen"};

    private Rights() {
    }

    /** True if have includes every right in need. */
    public static boolean has(int have, int need) {
        return (have & need) == need;
    }

    /** "read,write,..." for reports. */
    public static String names(int rights) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            if ((rights & (1 << i)) != 0) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(NAMES[i]);
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}

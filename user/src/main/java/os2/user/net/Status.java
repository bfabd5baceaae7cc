package os2.user.net;

import java.util.ArrayList;
import java.util.List;
import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;

/**
 * The kernel's status report (SYS_STATUS through the system capability) parsed: counters
 * as key/value pairs in the kernel's order, one row of words per task and per TCP
 * connection (docs/SYSCALLS.md gives the format).
 */
public final class Status {
    /** Counter names, in order. */
    public final List<String> keys = new ArrayList<>();
    /** Counter values (text: numbers, or an address), parallel to keys. */
    public final List<String> values = new ArrayList<>();
    /** Tasks: id, state, capabilities, regions, name. */
    public final List<String[]> tasks = new ArrayList<>();
    /** TCP connections: local port, remote address:port, state, unacknowledged bytes. */
    public final List<String[]> connections = new ArrayList<>();

    private static byte[] buffer = new byte[8192];

    /** Reads the report through the system capability in start slot 5. */
    public static Status read() {
        return parse(fetch(Caps.slot(Caps.SYSTEM)));
    }

    /** The report's text through system capability sys. */
    public static String fetch(Handle sys) {
        while (true) {
            long n = Sys.check(Sys.sysStatus(sys.lo(), sys.hi(), buffer), "SYS_STATUS");
            if (n <= buffer.length) {
                char[] c = new char[(int) n];
                for (int i = 0; i < c.length; i++) {
                    c[i] = (char) (buffer[i] & 0xFF);
                }
                return new String(c);
            }
            buffer = new byte[(int) n + 1024];   // it grew (more tasks or connections): ask again
        }
    }

    /** Parses report text. */
    public static Status parse(String text) {
        Status s = new Status();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end);
            from = end + 1;
            int sp = line.indexOf(' ');
            if (sp <= 0) {
                continue;
            }
            String key = line.substring(0, sp);
            String rest = line.substring(sp + 1);
            if (key.equals("task")) {
                s.tasks.add(words(rest, 5));
            } else if (key.equals("task_frames")) {
                continue;   // per-task frames (ps shows them); the status page has no column for them
            } else if (key.equals("conn")) {
                s.connections.add(words(rest, 4));
            } else {
                s.keys.add(key);
                s.values.add(rest);
            }
        }
        return s;
    }

    /** The value of counter key, or null. */
    public String get(String key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : values.get(i);
    }

    /** rest split at spaces into n words, the last taking what remains (a name may hold spaces). */
    static String[] words(String rest, int n) {
        String[] w = new String[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int sp = i == n - 1 ? -1 : rest.indexOf(' ', at);
            if (sp < 0) {
                w[i] = at <= rest.length() ? rest.substring(at) : "";
                at = rest.length() + 1;
            } else {
                w[i] = rest.substring(at, sp);
                at = sp + 1;
            }
        }
        return w;
    }
}

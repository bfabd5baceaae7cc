package os2.user.prog;

import java.util.List;

/**
 * The programs that show or change the OS through {@link Os}: ps (the tasks), kill (end
 * tasks), mem (memory figures), caps (the caller's own capabilities). What the OS cannot
 * tell them ends them with "PROG: REASON" and status 1.
 */
public final class SysProgs {
    private SysProgs() {
    }

    static final String PS_USAGE = "usage: ps\n"
            + "Lists the tasks: id, state, capabilities and regions held, frames mapped ('-' if unknown), name.\n";
    static final String KILL_USAGE = "usage: kill [-s SIGNAL | -SIGNAL] ID...\n"
            + "       kill -l\n"
            + "Ends each task ID. OS2 has no signals: every SIGNAL (a name such as KILL or TERM, or a\n"
            + "number) ends the task at once, as SIGKILL does. -l lists the names accepted.\n";
    static final String MEM_USAGE = "usage: mem\n"
            + "Shows physical memory (frames and KiB: total, used, free), the user regions of every task\n"
            + "and the kernel heap.\n";
    static final String CAPS_USAGE = "usage: caps\n"
            + "Lists this program's capabilities (its start slots): slot, kind, rights, handle.\n";
    /** The signal names kill accepts (any of them ends the task), in Linux's numbering from 1. */
    static final List<String> SIGNALS = List.of("HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
            "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM");
    private static final int MAX_SIGNAL = 64;

    /** Runs ps. */
    public static int ps(String[] args, Io io) {
        Opts o = new Opts(args, "", "");
        int st = o.finish("ps", PS_USAGE, io);
        if (st >= 0) {
            return st;
        }
        if (!o.operands().isEmpty()) {
            return Opts.usageError("ps", "extra operand " + FsPath.q(o.operands().get(0)), io);
        }
        List<Os.TaskInfo> tasks;
        try {
            tasks = io.os().tasks();
        } catch (SysError e) {
            io.error("ps", e.getMessage());
            return 1;
        }
        StringBuilder s = new StringBuilder("   ID STATE      CAPS REGIONS FRAMES NAME\n");
        for (Os.TaskInfo t : tasks) {
            s.append(Dates.pad(Long.toString(t.id()), 5)).append(' ').append(t.state());
            for (int k = t.state().length(); k < 9; k++) {
                s.append(' ');
            }
            s.append(Dates.pad(Long.toString(t.caps()), 6)).append(Dates.pad(Long.toString(t.regions()), 8))
                    .append(Dates.pad(t.frames() == Os.UNKNOWN ? "-" : Long.toString(t.frames()), 7)).append(' ')
                    .append(Text.arg(t.name())).append('\n');
        }
        io.print(s.toString());
        return 0;
    }

    /** Runs kill. */
    public static int kill(String[] args, Io io) {
        int i = 0;
        if (args.length == 1 && args[0].equals("--help")) {
            io.print(KILL_USAGE);
            return 0;
        }
        if (args.length == 1 && args[0].equals("-l")) {
            io.print(String.join(" ", SIGNALS) + "\n");
            return 0;
        }
        if (i < args.length && args[i].equals("-s")) {
            if (i + 1 >= args.length) {
                return Opts.usageError("kill", "option requires an argument -- 's'", io);
            }
            if (!signal(args[i + 1])) {
                return Opts.usageError("kill", "unknown signal: " + Text.arg(args[i + 1]), io);
            }
            i += 2;
        } else if (i < args.length && args[i].startsWith("-") && !args[i].equals("--") && args[i].length() > 1) {
            if (!signal(args[i].substring(1))) {
                return Opts.usageError("kill", "unknown signal: " + Text.arg(args[i].substring(1)), io);
            }
            i++;
        }
        if (i < args.length && args[i].equals("--")) {
            i++;
        }
        if (i >= args.length) {
            return Opts.usageError("kill", "no process ID given", io);
        }
        int status = 0;
        for (; i < args.length; i++) {
            long id = Opts.count(args[i]);
            if (id < 0) {
                io.error("kill", "failed to parse argument: " + FsPath.q(args[i]));
                status = 1;
                continue;
            }
            try {
                io.os().kill(id);
            } catch (SysError e) {
                io.error("kill", "(" + id + ") - " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    /** True if s names a signal: a number 1-64, or a name with or without "SIG", any case. */
    static boolean signal(String s) {
        long n = Opts.count(s);
        if (n >= 0) {
            return n >= 1 && n <= MAX_SIGNAL;
        }
        String u = s.toUpperCase();
        return SIGNALS.contains(u.startsWith("SIG") ? u.substring(3) : u);
    }

    /** Runs mem. */
    public static int mem(String[] args, Io io) {
        Opts o = new Opts(args, "", "");
        int st = o.finish("mem", MEM_USAGE, io);
        if (st >= 0) {
            return st;
        }
        Os.Memory m;
        try {
            m = io.os().memory();
        } catch (SysError e) {
            io.error("mem", e.getMessage());
            return 1;
        }
        long used = m.framesTotal() - m.framesFree();
        long kib = m.frameSize() / 1024;
        StringBuilder s = new StringBuilder("            total       used       free\n");
        row(s, "frames", m.framesTotal(), used, m.framesFree());
        row(s, "KiB", m.framesTotal() * kib, used * kib, m.framesFree() * kib);
        s.append("regions: ").append(m.regions()).append(" (user regions of every task)\n");
        s.append("kernel heap: ").append(m.heapLive() == Os.UNKNOWN ? "?" : Long.toString(m.heapLive()))
                .append(" bytes live of ").append(m.heapSize() == Os.UNKNOWN ? "?" : Long.toString(m.heapSize()))
                .append('\n');
        io.print(s.toString());
        return 0;
    }

    private static void row(StringBuilder s, String name, long total, long used, long free) {
        s.append(name);
        for (int k = name.length(); k < 6; k++) {
            s.append(' ');
        }
        s.append(Dates.pad(Long.toString(total), 11)).append(Dates.pad(Long.toString(used), 11))
                .append(Dates.pad(Long.toString(free), 11)).append('\n');
    }

    /** Runs caps. */
    public static int caps(String[] args, Io io) {
        Opts o = new Opts(args, "", "");
        int st = o.finish("caps", CAPS_USAGE, io);
        if (st >= 0) {
            return st;
        }
        List<Os.Capability> caps;
        try {
            caps = io.os().capabilities();
        } catch (SysError e) {
            io.error("caps", e.getMessage());
            return 1;
        }
        StringBuilder s = new StringBuilder("SLOT KIND      RIGHTS                                   HANDLE\n");
        for (Os.Capability c : caps) {
            String rights = rights(c.rights());
            s.append(Dates.pad(Integer.toString(c.slot()), 4)).append(' ').append(c.kindName());
            for (int k = c.kindName().length(); k < 9; k++) {
                s.append(' ');
            }
            s.append(' ').append(rights);
            for (int k = rights.length(); k < 40; k++) {
                s.append(' ');
            }
            s.append(' ').append(c.handle()).append('\n');
        }
        io.print(s.toString());
        return 0;
    }

    /** The names of the rights in bits, comma-separated ("-" for none). */
    static String rights(long bits) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Os.RIGHTS.size(); i++) {
            if ((bits & (1L << i)) != 0) {
                s.append(s.length() > 0 ? "," : "").append(Os.RIGHTS.get(i));
            }
        }
        return s.length() == 0 ? "-" : s.toString();
    }
}

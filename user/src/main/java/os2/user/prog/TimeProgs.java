package os2.user.prog;

import java.util.List;

/**
 * The programs about time, through {@link Os}'s clocks: sleep, date, uptime and time (which
 * runs a command through {@link Io.Runner} and reports how long it took). OS2 keeps UTC only.
 */
public final class TimeProgs {
    private TimeProgs() {
    }

    static final String SLEEP_USAGE = "usage: sleep NUMBER[SUFFIX]...\n"
            + "Pauses for the sum of the NUMBERs (fractions allowed) of seconds; SUFFIX s (seconds,\n"
            + "the default), m (minutes), h (hours) or d (days).\n";
    static final String UPTIME_USAGE = "usage: uptime [-p]\n"
            + "Shows the time of day (UTC, if known), how long the system has been up and how many tasks run.\n"
            + "  -p  only the time up, in words\n";
    static final String TIME_USAGE = "usage: time [-p] COMMAND [ARG...]\n"
            + "Runs COMMAND and then writes the time it took (elapsed, \"real\") to standard error.\n"
            + "OS2 does not account processor time per task, so there is no user or sys line.\n"
            + "  -p  POSIX format: \"real SECONDS\"\n"
            + "Exit status: COMMAND's; 127 if it cannot be found.\n";
    private static final long NANOS = 1_000_000_000L;
    private static final long MILLIS = 1_000_000L;

    /** Runs sleep. */
    public static int sleep(String[] args, Io io) {
        Opts o = new Opts(args, "", "");
        int st = o.finish("sleep", SLEEP_USAGE, io);
        if (st >= 0) {
            return st;
        }
        if (o.operands().isEmpty()) {
            Opts.usageError("sleep", "missing operand", io);
            return 1;
        }
        long nanos = 0;
        for (String a : o.operands()) {
            long n = interval(a);
            if (n < 0) {
                Opts.usageError("sleep", "invalid time interval " + FsPath.q(a), io);
                return 1;
            }
            nanos = n > Long.MAX_VALUE - nanos ? Long.MAX_VALUE : nanos + n;
        }
        try {
            io.os().sleep((nanos + MILLIS - 1) / MILLIS);
        } catch (SysError e) {
            io.error("sleep", e.getMessage());
            return 1;
        }
        return 0;
    }

    /** NUMBER[SUFFIX] in nanoseconds (saturating), or -1 if it is not one. */
    static long interval(String a) {
        long unit = 1;
        String s = a;
        if (!s.isEmpty() && "smhd".indexOf(s.charAt(s.length() - 1)) >= 0) {
            unit = switch (s.charAt(s.length() - 1)) {
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86_400;
                default -> 1;
            };
            s = s.substring(0, s.length() - 1);
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty() && frac.isEmpty() || !digits(whole) || !digits(frac)) {
            return -1;
        }
        long w = whole.isEmpty() ? 0 : whole.length() > 12 ? Long.MAX_VALUE : Long.parseLong(whole);
        if (w > Long.MAX_VALUE / NANOS / unit) {
            return Long.MAX_VALUE;
        }
        long f = 0;
        long scale = NANOS;
        for (int i = 0; i < frac.length() && i < 9; i++) {
            scale /= 10;
            f += (frac.charAt(i) - '0') * scale;
        }
        return w * NANOS * unit + f * unit;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Runs uptime. */
    public static int uptime(String[] args, Io io) {
        Opts o = new Opts(args, "p", "");
        int st = o.finish("uptime", UPTIME_USAGE, io);
        if (st >= 0) {
            return st;
        }
        long up = io.os().nanoTime() / NANOS;
        long days = up / Dates.DAY;
        long hours = up % Dates.DAY / 3600;
        long minutes = up % 3600 / 60;
        if (o.has('p')) {
            StringBuilder s = new StringBuilder("up ");
            if (days > 0) {
                s.append(days).append(days == 1 ? " day, " : " days, ");
            }
            if (hours > 0) {
                s.append(hours).append(hours == 1 ? " hour, " : " hours, ");
            }
            s.append(minutes).append(minutes == 1 ? " minute" : " minutes");
            io.print(s.append('\n').toString());
            return 0;
        }
        StringBuilder s = new StringBuilder();
        long wall = io.os().wallMillis();
        if (wall != Os.UNKNOWN) {
            Dates.Civil c = Dates.civil(Math.floorDiv(wall, 1000));
            s.append(' ').append(Dates.two(c.hour())).append(':').append(Dates.two(c.minute())).append(':')
                    .append(Dates.two(c.second())).append(' ');
        }
        s.append("up ");
        if (days > 0) {
            s.append(days).append(days == 1 ? " day, " : " days, ");
        }
        s.append(hours > 0 ? Dates.pad(Long.toString(hours), 2) + ":" + Dates.two(minutes) : minutes + " min");
        try {
            int n = io.os().tasks().size();
            s.append(",  ").append(n).append(n == 1 ? " task" : " tasks");
        } catch (SysError e) {
            // the task count needs the system capability; the time up does not
        }
        io.print(s.append('\n').toString());
        return 0;
    }

    /** Runs time. */
    public static int time(String[] args, Io io) {
        int i = 0;
        boolean posix = false;
        for (; i < args.length && args[i].startsWith("-") && !args[i].equals("-"); i++) {
            if (args[i].equals("--")) {
                i++;
                break;
            } else if (args[i].equals("--help")) {
                io.print(TIME_USAGE);
                return 0;
            } else if (args[i].equals("-p")) {
                posix = true;
            } else {
                return Opts.usageError("time", args[i].startsWith("--") ? "unrecognized option " + FsPath.q(args[i])
                        : "invalid option -- '" + Text.arg(args[i].substring(1, 2)) + "'", io);
            }
        }
        if (i >= args.length) {
            return Opts.usageError("time", "missing program to run", io);
        }
        String[] argv = List.of(args).subList(i, args.length).toArray(new String[0]);
        long start = io.os().nanoTime();
        int status;
        try {
            status = io.runner().run(argv, io);
        } catch (SysError e) {
            io.error("time", "cannot run " + Text.arg(argv[0]) + ": " + e.getMessage());
            status = 127;
        }
        long ns = io.os().nanoTime() - start;
        Text.write(io.err(), posix ? "real " + fixed(ns, 2) + "\n" : "\nreal\t" + ns / (60 * NANOS) + "m"
                + fixed(ns % (60 * NANOS), 3) + "s\n");
        return status;
    }

    /** nanos as seconds with digits decimals, truncated ("0.05"). */
    static String fixed(long nanos, int digits) {
        long scale = 1;
        for (int k = 0; k < digits; k++) {
            scale *= 10;
        }
        long v = nanos / (NANOS / scale);
        String f = Long.toString(v % scale);
        while (f.length() < digits) {
            f = "0" + f;
        }
        return v / scale + "." + f;
    }
}

package os2.user.prog;

/**
 * date [-u] [-d @SECONDS] [+FORMAT]: the time of day (or the given time) in UTC, formatted as
 * GNU date does in the C locale (default "%a %b %e %H:%M:%S %Z %Y"). Without a clock that
 * knows the time of day, only -d works.
 */
public final class Date {
    private Date() {
    }

    static final String USAGE = "usage: date [-u] [-d @SECONDS] [+FORMAT]\n"
            + "Prints the time (UTC; -u is accepted) now, or SECONDS after 1970-01-01 00:00 UTC.\n"
            + "FORMAT: %a %A %b %B %h %c %C %d %D %e %F %H %I %j %k %l %m %M %n %N %p %R %s %S %t %T\n"
            + "%u %w %y %Y %z %Z %%, as GNU date.\n";
    static final String DEFAULT = "+%a %b %e %H:%M:%S %Z %Y";

    /** Runs date. */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "u", "d");
        int st = o.finish("date", USAGE, io);
        if (st >= 0) {
            return st;
        }
        if (o.operands().size() > 1 || o.operands().size() == 1 && !o.operands().get(0).startsWith("+")) {
            io.error("date", "invalid date " + FsPath.q(o.operands().get(o.operands().size() - 1)));
            return 1;
        }
        String format = o.operands().isEmpty() ? DEFAULT : o.operands().get(0);
        long seconds;
        int nanos = 0;
        if (o.has('d')) {
            String d = o.value('d', "");
            long n = d.startsWith("@-") ? Opts.count(d.substring(2)) : d.startsWith("@") ? Opts.count(d.substring(1)) : -1;
            if (n < 0) {
                io.error("date", "invalid date " + FsPath.q(d));
                return 1;
            }
            seconds = d.startsWith("@-") ? -n : n;
        } else {
            long ms = io.os().wallMillis();
            if (ms == Os.UNKNOWN) {
                io.error("date", "the time of day is unknown (the system has no real-time clock reading)");
                return 1;
            }
            seconds = Math.floorDiv(ms, 1000);
            nanos = (int) Math.floorMod(ms, 1000) * 1_000_000;
        }
        io.print(format(format.substring(1), seconds, nanos) + "\n");
        return 0;
    }

    /** f with its % conversions of the UTC time seconds (+ nanos); unknown ones stay as they are. */
    static String format(String f, long seconds, int nanos) {
        Dates.Civil c = Dates.civil(seconds);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch != '%' || i + 1 >= f.length()) {
                s.append(ch);
                continue;
            }
            char k = f.charAt(++i);
            int hour12 = c.hour() % 12 == 0 ? 12 : c.hour() % 12;
            switch (k) {
                case 'a' -> s.append(Dates.DAYS[c.weekday()]);
                case 'A' -> s.append(Dates.LONG_DAYS[c.weekday()]);
                case 'b', 'h' -> s.append(Dates.MONTHS[c.month() - 1]);
                case 'B' -> s.append(Dates.LONG_MONTHS[c.month() - 1]);
                case 'c' -> s.append(format("%a %b %e %H:%M:%S %Y", seconds, nanos));
                case 'C' -> s.append(Dates.two(Math.floorDiv(c.year(), 100)));
                case 'd' -> s.append(Dates.two(c.day()));
                case 'D' -> s.append(format("%m/%d/%y", seconds, nanos));
                case 'e' -> s.append(Dates.pad(Integer.toString(c.day()), 2));
                case 'F' -> s.append(c.year() >= 0 && c.year() < 1000 ? Dates.pad(Long.toString(c.year()), 4).replace(' ', '0')
                        + format("-%m-%d", seconds, nanos) : format("%Y-%m-%d", seconds, nanos));
                case 'H' -> s.append(Dates.two(c.hour()));
                case 'I' -> s.append(Dates.two(hour12));
                case 'j' -> s.append(Dates.pad(Integer.toString(c.yearDay() + 1), 3).replace(' ', '0'));
                case 'k' -> s.append(Dates.pad(Integer.toString(c.hour()), 2));
                case 'l' -> s.append(Dates.pad(Integer.toString(hour12), 2));
                case 'm' -> s.append(Dates.two(c.month()));
                case 'M' -> s.append(Dates.two(c.minute()));
                case 'n' -> s.append('\n');
                case 'N' -> s.append(Dates.pad(Integer.toString(nanos), 9).replace(' ', '0'));
                case 'p' -> s.append(c.hour() < 12 ? "AM" : "PM");
                case 'R' -> s.append(format("%H:%M", seconds, nanos));
                case 's' -> s.append(seconds);
                case 'S' -> s.append(Dates.two(c.second()));
                case 't' -> s.append('\t');
                case 'T' -> s.append(format("%H:%M:%S", seconds, nanos));
                case 'u' -> s.append(c.weekday() == 0 ? 7 : c.weekday());
                case 'w' -> s.append(c.weekday());
                case 'y' -> s.append(Dates.two(Math.floorMod(c.year(), 100)));
                case 'Y' -> s.append(c.year());
                case 'z' -> s.append("+0000");
                case 'Z' -> s.append("UTC");
                case '%' -> s.append('%');
                default -> s.append('%').append(k);
            }
        }
        return s.toString();
    }
}

package os2.user.prog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * ls [-1aAl] [FILE...]: lists files and the contents of directories, one name a line (as GNU
 * ls does when its output is not a terminal), sorted by bytes (the C locale). File operands
 * come first, then each directory, under a "NAME:" header when there are several operands.
 * -l gives "MODE SIZE DATE NAME": OS2 has no users, groups or hard links, so GNU's link
 * count, owner and group columns (and its "total" block count) are left out; the date is
 * GNU's ("Jan  2 15:04" within six months, else "Jan  2  2020"; "?" if unknown).
 * Exit status: 0, 1 if an entry could not be read, 2 if an operand could not.
 */
public final class Ls {
    private Ls() {
    }

    static final String USAGE = "usage: ls [-1aAl] [FILE...]\n"
            + "Lists each FILE, and the entries of each directory (default .), sorted by name.\n"
            + "  -a  include names starting with '.', and . and ..   -A  the same without . and ..\n"
            + "  -l  long format: mode, size, modification time (UTC), name\n"
            + "  -1  one name a line (always so)\n"
            + "Exit status: 0, 1 an entry could not be read, 2 an operand could not.\n";

    /** Half a Gregorian year, GNU's boundary between "recent" (time shown) and old (year shown). */
    static final long SIX_MONTHS = 31_556_952L / 2;

    private record Entry(String name, String path, Stat stat) {
    }

    /** Runs ls. */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "1aAl", "");
        int st = o.finish("ls", USAGE, io);
        if (st >= 0) {
            return st;
        }
        List<String> operands = o.operands().isEmpty() ? List.of(".") : o.operands();
        int status = 0;
        List<Entry> files = new ArrayList<>();
        List<Entry> dirs = new ArrayList<>();
        for (String p : operands) {
            try {
                Stat s = io.files().stat(p);
                (s.isDirectory() ? dirs : files).add(new Entry(p, p, s));
            } catch (SysError e) {
                io.error("ls", "cannot access " + FsPath.q(p) + ": " + e.getMessage());
                status = 2;
            }
        }
        sort(files);
        sort(dirs);
        long now = io.os().wallMillis();
        boolean long_ = o.has('l');
        StringBuilder out = new StringBuilder();
        print(files, long_, now, out);
        boolean headers = operands.size() > 1;
        boolean first = files.isEmpty();
        for (Entry d : dirs) {
            List<Entry> entries = new ArrayList<>();
            List<String> names;
            try {
                names = new ArrayList<>(io.files().list(d.path()));
            } catch (SysError e) {
                io.print(out.toString());
                out.setLength(0);
                io.error("ls", "cannot open directory " + FsPath.q(d.path()) + ": " + e.getMessage());
                status = 2;
                continue;
            }
            if (o.has('a')) {
                names.add(".");
                names.add("..");
            }
            for (String n : names) {
                if (n.startsWith(".") && !o.has('a') && !o.has('A')) {
                    continue;
                }
                String path = FsPath.join(d.path(), n);
                Stat s = null;
                if (long_) {
                    try {
                        s = io.files().stat(path);
                    } catch (SysError e) {
                        io.print(out.toString());
                        out.setLength(0);
                        io.error("ls", "cannot access " + FsPath.q(path) + ": " + e.getMessage());
                        status = Math.max(status, 1);
                        continue;
                    }
                }
                entries.add(new Entry(n, path, s));
            }
            sort(entries);
            if (!first) {
                out.append('\n');
            }
            first = false;
            if (headers) {
                out.append(Text.arg(d.path())).append(":\n");
            }
            print(entries, long_, now, out);
        }
        io.print(out.toString());
        return status;
    }

    private static void sort(List<Entry> l) {
        Collections.sort(l, (a, b) -> Text.arg(a.name()).compareTo(Text.arg(b.name())));
    }

    private static void print(List<Entry> entries, boolean long_, long nowMillis, StringBuilder out) {
        int width = 0;
        for (Entry e : entries) {
            if (long_) {
                width = Math.max(width, Long.toString(e.stat().size()).length());
            }
        }
        for (Entry e : entries) {
            if (long_) {
                Stat s = e.stat();
                out.append(s.modeString()).append(' ').append(Dates.pad(Long.toString(s.size()), width)).append(' ')
                        .append(time(s.mtime(), nowMillis)).append(' ');
            }
            out.append(Text.arg(e.name())).append('\n');
        }
    }

    /** GNU's long-format time in the C locale and UTC. */
    static String time(long mtime, long nowMillis) {
        if (mtime == Stat.NO_TIME) {
            return Dates.pad("?", 12);
        }
        Dates.Civil c = Dates.civil(mtime);
        String date = Dates.MONTHS[c.month() - 1] + " " + Dates.pad(Integer.toString(c.day()), 2) + " ";
        long now = nowMillis == Os.UNKNOWN ? Long.MIN_VALUE : Math.floorDiv(nowMillis, 1000);
        boolean recent = now != Long.MIN_VALUE && mtime > now - SIX_MONTHS && mtime <= now;
        return date + (recent ? Dates.two(c.hour()) + ":" + Dates.two(c.minute()) : Dates.pad(Long.toString(c.year()), 5));
    }
}

package os2.user.prog;

import java.util.List;

/**
 * head and tail [-n N | -c N] [FILE...]: the first or last N lines (default 10) or bytes;
 * tail also takes -n +N / -c +N (from line or byte N on). Several files get "==> NAME <=="
 * headers, as in GNU.
 */
public final class HeadTail {
    private HeadTail() {
    }

    static String usage(String prog) {
        return "usage: " + prog + " [-n N | -c N] [FILE...]\n"
                + "Prints the " + (prog.equals("head") ? "first" : "last") + " 10 lines of each FILE "
                + "(standard input for - or none).\n"
                + "  -n N  " + (prog.equals("head") ? "the first N lines" : "the last N lines; +N: from line N on") + "\n"
                + "  -c N  " + (prog.equals("head") ? "the first N bytes" : "the last N bytes; +N: from byte N on") + "\n";
    }

    /** Runs head. */
    public static int head(String[] args, Io io) {
        return run("head", args, io);
    }

    /** Runs tail. */
    public static int tail(String[] args, Io io) {
        return run("tail", args, io);
    }

    private static int run(String prog, String[] args, Io io) {
        Opts o = new Opts(args, "", "nc");
        int st = o.finish(prog, usage(prog), io);
        if (st >= 0) {
            return st;
        }
        boolean bytes = o.has('c');
        String v = bytes ? o.value('c', "") : o.value('n', "10");
        boolean from = prog.equals("tail") && v.startsWith("+");
        long n = Opts.count(from ? v.substring(1) : v);
        if (n < 0) {
            return Opts.usageError(prog, "invalid number of " + (bytes ? "bytes" : "lines") + ": '" + Text.arg(v) + "'", io);
        }
        List<String> inputs = o.inputs();
        int status = 0;
        boolean first = true;
        for (String name : inputs) {
            In in;
            try {
                in = io.open(name);
            } catch (Io.NotFound e) {
                io.error(prog, "cannot open '" + Text.arg(name) + "' for reading: " + e.getMessage());
                status = 1;
                continue;
            }
            if (inputs.size() > 1) {
                io.print((first ? "" : "\n") + "==> " + (name.equals("-") ? "standard input" : Text.arg(name)) + " <==\n");
            }
            first = false;
            byte[] data = Text.readAll(in);
            int[] range = prog.equals("head") ? headRange(data, n, bytes) : tailRange(data, n, bytes, from);
            io.out().write(data, range[0], range[1] - range[0]);
        }
        return status;
    }

    private static int[] headRange(byte[] d, long n, boolean bytes) {
        if (bytes) {
            return new int[] {0, (int) Math.min(n, d.length)};
        }
        int end = 0;
        for (long lines = 0; end < d.length && lines < n; end++) {
            if (d[end] == '\n') {
                lines++;
            }
        }
        return new int[] {0, end};
    }

    private static int[] tailRange(byte[] d, long n, boolean bytes, boolean from) {
        if (bytes) {
            long start = from ? Math.max(0, n - 1) : d.length - Math.min(n, d.length);
            return new int[] {(int) Math.min(start, d.length), d.length};
        }
        if (from) {   // +N: skip N-1 lines
            int start = 0;
            for (long lines = 1; start < d.length && lines < n; start++) {
                if (d[start] == '\n') {
                    lines++;
                }
            }
            return new int[] {start, d.length};
        }
        // the last n lines: a final line without '\n' counts as a line
        int start = d.length;
        long lines = 0;
        int i = d.length - 1;
        if (i >= 0 && d[i] == '\n') {
            i--;
        }
        for (; i >= 0; i--) {
            if (d[i] == '\n') {
                if (++lines == n) {
                    break;
                }
            }
        }
        start = n == 0 ? d.length : i + 1;
        return new int[] {start, d.length};
    }
}

package os2.user.prog;

import java.util.List;

/** cat [-n] [FILE...]: copies the files (or standard input, "-") to standard output, streaming. */
public final class Cat {
    private Cat() {
    }

    static final String USAGE = "usage: cat [-n] [FILE...]\n"
            + "Copies each FILE (standard input for - or none) to standard output.\n"
            + "  -n  number all output lines\n";

    /** Runs cat: 0, or 1 if a file could not be opened (the others are still copied). */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "n", "");
        int st = o.finish("cat", USAGE, io);
        if (st >= 0) {
            return st;
        }
        boolean number = o.has('n');
        int status = 0;
        long[] line = {0};
        boolean[] atStart = {true};
        byte[] buf = new byte[16384];
        List<String> inputs = o.inputs();
        for (String name : inputs) {
            In in;
            try {
                in = io.open(name);
            } catch (Io.NotFound e) {
                io.error("cat", Text.arg(name) + ": " + e.getMessage());
                status = 1;
                continue;
            }
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                if (number) {
                    numbered(buf, n, io, line, atStart);
                } else {
                    io.out().write(buf, 0, n);
                }
            }
        }
        return status;
    }

    /** Writes n bytes, putting "%6d\t" before each line (numbering runs on across files, as in GNU cat). */
    private static void numbered(byte[] b, int n, Io io, long[] line, boolean[] atStart) {
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (atStart[0]) {
                io.out().write(b, from, i - from);
                from = i;
                String num = Long.toString(++line[0]);
                io.print("      ".substring(Math.min(6, num.length())) + num + "\t");
                atStart[0] = false;
            }
            if (b[i] == '\n') {
                atStart[0] = true;
            }
        }
        io.out().write(b, from, n - from);
    }
}

package os2.user.prog;

import java.util.ArrayList;
import java.util.List;

/** wc [-l] [-w] [-c] [FILE...]: counts lines, words and bytes, with GNU wc's column widths. */
public final class Wc {
    private Wc() {
    }

    static final String USAGE = "usage: wc [-l] [-w] [-c] [FILE...]\n"
            + "Prints newline, word and byte counts of each FILE (standard input for - or none),\n"
            + "and a total line for several files. Without options: all three.\n"
            + "  -l  lines   -w  words (runs of non-space with a printable character)   -c  bytes\n";

    /** Runs wc: 0, or 1 if a file could not be opened. */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "lwc", "");
        int st = o.finish("wc", USAGE, io);
        if (st >= 0) {
            return st;
        }
        boolean all = !o.has('l') && !o.has('w') && !o.has('c');
        boolean[] show = {all || o.has('l'), all || o.has('w'), all || o.has('c')};
        int shown = (show[0] ? 1 : 0) + (show[1] ? 1 : 0) + (show[2] ? 1 : 0);
        List<String> inputs = o.inputs();
        List<long[]> counts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long regularTotal = 0;
        boolean irregular = false;
        int status = 0;
        byte[] buf = new byte[16384];
        for (String name : inputs) {
            In in;
            try {
                in = io.open(name);
            } catch (Io.NotFound e) {
                io.error("wc", Text.arg(name) + ": " + e.getMessage());
                status = 1;
                continue;
            }
            if (in.regularSize() >= 0) {
                regularTotal += in.regularSize();
            } else {
                irregular = true;
            }
            long[] c = new long[3];
            boolean inWord = false;
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                c[2] += n;
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (b == '\n') {
                        c[0]++;
                    }
                    // GNU wc in the C locale: white space ends a word, a printable byte starts
                    // one, other bytes (controls, 0x80-0xFF) do neither
                    if (Text.isSpace(b)) {
                        inWord = false;
                    } else if (b > 0x20 && b < 0x7F && !inWord) {
                        inWord = true;
                        c[1]++;
                    }
                }
            }
            counts.add(c);
            names.add(o.operands().isEmpty() ? null : name);
        }
        // GNU wc: one input and one count print unpadded; else the width of the regular files'
        // total size, at least 7 if any input is not a regular file (its size is unknown)
        int width = 1;
        if (!(inputs.size() == 1 && shown == 1)) {
            width = Long.toString(regularTotal).length();
            if (irregular) {
                width = Math.max(width, 7);
            }
        }
        long[] total = new long[3];
        for (int k = 0; k < counts.size(); k++) {
            line(io, counts.get(k), show, width, names.get(k));
            for (int j = 0; j < 3; j++) {
                total[j] += counts.get(k)[j];
            }
        }
        if (inputs.size() > 1) {
            line(io, total, show, width, "total");
        }
        return status;
    }

    private static void line(Io io, long[] c, boolean[] show, int width, String name) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < 3; j++) {
            if (show[j]) {
                String v = Long.toString(c[j]);
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                for (int p = v.length(); p < width; p++) {
                    sb.append(' ');
                }
                sb.append(v);
            }
        }
        if (name != null) {
            sb.append(' ').append(Text.arg(name));
        }
        io.print(sb.append('\n').toString());
    }
}

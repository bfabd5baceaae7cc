package os2.user.prog;

import java.util.ArrayList;
import java.util.List;

/**
 * grep [-E|-F|-G] [-i] [-v] [-c] [-n] [-x] [-l] [-q] [-e PATTERN]... [PATTERN] [FILE...]:
 * prints the lines that match. Patterns are basic regular expressions by default, extended
 * with -E, fixed strings with -F ({@link Regex} has the syntax); a PATTERN with newlines is
 * several patterns. A file with a NUL byte is binary: instead of its lines, GNU's "binary
 * file matches" goes to standard error. Exit status: 0 if a line was selected, 1 if none,
 * 2 on errors (even if lines were selected, as GNU grep does, unless -q found one).
 */
public final class Grep {
    private Grep() {
    }

    static final String USAGE = "usage: grep [-E|-F|-G] [-ivcnxlq] [-e PATTERN]... [PATTERN] [FILE...]\n"
            + "Prints the lines of the FILEs (standard input for - or none) that match a PATTERN.\n"
            + "Several FILEs: each line is prefixed with its file's name.\n"
            + "  -G  basic regular expressions (default)   -E  extended   -F  fixed strings\n"
            + "  -e PATTERN  a pattern (may be repeated; then no PATTERN operand)\n"
            + "  -i  ignore case (ASCII)   -v  select non-matching lines   -x  whole lines only\n"
            + "  -c  print only a count    -n  prefix lines with their line number\n"
            + "  -l  print only the names of files with a match   -q  print nothing\n"
            + "Exit status: 0 selected lines, 1 none, 2 an error.\n";

    /** Runs grep. */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "ivcnFEGxlq", "e");
        int st = o.finish("grep", USAGE, io);
        if (st >= 0) {
            return st;
        }
        List<String> operands = new ArrayList<>(o.operands());
        List<String> raw = new ArrayList<>(o.all('e'));
        if (raw.isEmpty()) {
            if (operands.isEmpty()) {
                return Opts.usageError("grep", "no pattern given", io);
            }
            raw.add(operands.remove(0));
        }
        List<String> patterns = new ArrayList<>();
        for (String r : raw) {
            for (String p : Text.arg(r).split("\n", -1)) {
                patterns.add(p);
            }
        }
        Matcher m;
        try {
            m = o.has('F') ? Matcher.literal(patterns, o.has('i'), o.has('x'))
                    : Matcher.regex(patterns, o.has('E'), o.has('i'), o.has('x'));
        } catch (SysError e) {
            io.error("grep", e.getMessage());
            return 2;
        }
        List<String> inputs = operands.isEmpty() ? List.of("-") : operands;
        boolean prefix = inputs.size() > 1;
        boolean selected = false;
        boolean error = false;
        for (String name : inputs) {
            byte[] data;
            try {
                data = Text.readAll(io.open(name));
            } catch (Io.NotFound e) {
                io.error("grep", Text.arg(name) + ": " + e.getMessage());
                error = true;
                continue;
            }
            String label = name.equals("-") ? "(standard input)" : Text.arg(name);
            long count = file(data, m, o, label, prefix, io);
            selected |= count > 0;
            if (selected && o.has('q')) {
                return 0;
            }
        }
        return error ? 2 : selected ? 0 : 1;
    }

    /** Greps one file's data; the number of lines selected. */
    private static long file(byte[] data, Matcher m, Opts o, String label, boolean prefix, Io io) {
        boolean binary = false;
        for (byte b : data) {
            binary |= b == 0;
        }
        boolean quiet = o.has('q') || o.has('l') || o.has('c');
        StringBuilder out = new StringBuilder();
        long count = 0;
        long number = 0;
        for (String l : Text.lines(data)) {
            number++;
            String line = Text.chomp(l);
            if (m.find(line) == o.has('v')) {
                continue;
            }
            count++;
            if (o.has('q') || o.has('l')) {
                break;   // one line decides
            }
            if (quiet) {
                continue;
            }
            if (binary) {
                io.print(out.toString());
                io.error("grep", label + ": binary file matches");
                return count;
            }
            if (prefix) {
                out.append(label).append(':');
            }
            if (o.has('n')) {
                out.append(number).append(':');
            }
            out.append(line).append('\n');
        }
        if (o.has('l')) {
            if (count > 0) {
                out.append(label).append('\n');
            }
        } else if (o.has('c')) {
            out.append(prefix ? label + ":" : "").append(count).append('\n');
        }
        if (!o.has('q')) {
            io.print(out.toString());
        }
        return count;
    }
}

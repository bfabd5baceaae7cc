package os2.user.prog;

import java.util.List;

/**
 * grep [-i] [-v] [-c] [-n] PATTERN [FILE...]: prints the lines that contain PATTERN. The
 * pattern is a fixed string for now (as grep -F; see {@link Matcher}). Exit status: 0 if a
 * line was selected, 1 if none, 2 on errors (even if lines were selected, as GNU grep does).
 */
public final class Grep {
    private Grep() {
    }

    static final String USAGE = "usage: grep [-i] [-v] [-c] [-n] PATTERN [FILE...]\n"
            + "Prints the lines of the FILEs (standard input for - or none) containing PATTERN,\n"
            + "a fixed string. Several FILEs: each line is prefixed with its file's name.\n"
            + "  -i  ignore case (ASCII)   -v  select non-matching lines\n"
            + "  -c  print only a count    -n  prefix lines with their line number\n"
            + "Exit status: 0 selected lines, 1 none, 2 an error.\n";

    /** Runs grep with the literal matcher. */
    public static int run(String[] args, Io io) {
        return run(args, io, Matcher::literal);
    }

    /** Makes a Matcher from a pattern and the -i flag. */
    public interface MatcherFactory {
        /** The matcher for pattern (byte-chars). */
        Matcher make(String pattern, boolean ignoreCase);
    }

    /** Runs grep with the given kind of pattern. */
    public static int run(String[] args, Io io, MatcherFactory factory) {
        Opts o = new Opts(args, "ivcnF", "");
        int st = o.finish("grep", USAGE, io);
        if (st >= 0) {
            return st;
        }
        if (o.operands().isEmpty()) {
            return Opts.usageError("grep", "no pattern given", io);
        }
        Matcher m = factory.make(Text.arg(o.operands().get(0)), o.has('i'));
        List<String> files = o.operands().subList(1, o.operands().size());
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
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
                if (!o.has('c')) {
                    if (prefix) {
                        out.append(label).append(':');
                    }
                    if (o.has('n')) {
                        out.append(number).append(':');
                    }
                    out.append(line).append('\n');
                }
            }
            if (o.has('c')) {
                out.append(prefix ? label + ":" : "").append(count).append('\n');
            }
            selected |= count > 0;
            io.print(out.toString());
        }
        return error ? 2 : selected ? 0 : 1;
    }
}

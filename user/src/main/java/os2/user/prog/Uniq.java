package os2.user.prog;

/** uniq [-c] [-d] [FILE]: writes each run of equal adjacent lines once. */
public final class Uniq {
    private Uniq() {
    }

    static final String USAGE = "usage: uniq [-c] [-d] [FILE]\n"
            + "Writes one line for each run of equal adjacent lines of FILE (standard input for - or none).\n"
            + "  -c  prefix each line with the length of its run\n"
            + "  -d  only lines that were repeated\n";

    /** Runs uniq: 0, 1 if the file could not be opened, 2 on usage errors. */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "cd", "");
        int st = o.finish("uniq", USAGE, io);
        if (st >= 0) {
            return st;
        }
        if (o.operands().size() > 1) {
            return Opts.usageError("uniq", "writing to an output file is not supported: '" + Text.arg(o.operands().get(1)) + "'", io);
        }
        String name = o.inputs().get(0);
        byte[] data;
        try {
            data = Text.readAll(io.open(name));
        } catch (Io.NotFound e) {
            io.error("uniq", Text.arg(name) + ": " + e.getMessage());
            return 1;
        }
        StringBuilder out = new StringBuilder();
        String prev = null;
        long run = 0;
        for (String l : Text.lines(data)) {
            String line = Text.chomp(l);
            if (line.equals(prev)) {
                run++;
                continue;
            }
            emit(out, prev, run, o);
            prev = line;
            run = 1;
        }
        emit(out, prev, run, o);
        io.print(out.toString());
        return 0;
    }

    private static void emit(StringBuilder out, String line, long run, Opts o) {
        if (line == null || o.has('d') && run < 2) {
            return;
        }
        if (o.has('c')) {
            String n = Long.toString(run);
            out.append("       ", 0, Math.max(0, 7 - n.length())).append(n).append(' ');
        }
        out.append(line).append('\n');
    }
}

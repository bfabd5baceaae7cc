package os2.user.prog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** sort [-r] [-n] [-u] [FILE...]: sorts lines byte-wise (the C locale), as GNU sort does. */
public final class Sort {
    private Sort() {
    }

    static final String USAGE = "usage: sort [-r] [-n] [-u] [FILE...]\n"
            + "Writes the lines of all FILEs (standard input for - or none), sorted by their bytes.\n"
            + "  -n  compare leading numbers (blanks, '-', digits, '.'); equal numbers by bytes\n"
            + "  -r  reverse the order\n"
            + "  -u  only the first of lines that compare equal\n";

    /** Runs sort: 0, or 2 if a file could not be opened (nothing is written then). */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "rnu", "");
        int st = o.finish("sort", USAGE, io);
        if (st >= 0) {
            return st;
        }
        List<String> lines = new ArrayList<>();
        for (String name : o.inputs()) {
            try {
                for (String l : Text.lines(Text.readAll(io.open(name)))) {
                    lines.add(Text.chomp(l));
                }
            } catch (Io.NotFound e) {
                io.error("sort", "cannot read: " + Text.arg(name) + ": " + e.getMessage());
                return 2;
            }
        }
        boolean numeric = o.has('n');
        boolean unique = o.has('u');
        Comparator<String> key = numeric ? Sort::compareNumbers : Comparator.naturalOrder();
        // GNU: equal keys fall back to comparing whole lines, except with -u (keys alone decide)
        Comparator<String> cmp = unique || !numeric ? key : key.thenComparing(Comparator.naturalOrder());
        if (o.has('r')) {
            cmp = cmp.reversed();
        }
        lines.sort(cmp);   // stable: with -u the first of equal lines in input order stays
        StringBuilder out = new StringBuilder();
        String prev = null;
        for (String l : lines) {
            if (unique && prev != null && cmp.compare(prev, l) == 0) {
                continue;
            }
            out.append(l).append('\n');
            prev = l;
        }
        io.print(out.toString());
        return 0;
    }

    /** Compares the numbers at the start of a and b (after blanks) exactly, without converting. */
    static int compareNumbers(String a, String b) {
        String[] x = number(a);
        String[] y = number(b);
        boolean xneg = x[0].equals("-");
        boolean yneg = y[0].equals("-");
        if (xneg != yneg) {
            return xneg ? -1 : 1;
        }
        int c = x[1].length() != y[1].length() ? Integer.compare(x[1].length(), y[1].length()) : x[1].compareTo(y[1]);
        if (c == 0) {
            c = x[2].compareTo(y[2]);
        }
        return xneg ? -c : c;
    }

    /** [sign ("-" or ""), integer digits without leading zeros, fraction without trailing zeros]; -0 is 0. */
    private static String[] number(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        boolean neg = i < s.length() && s.charAt(i) == '-';
        if (neg) {
            i++;
        }
        int st = i;
        while (i < s.length() && s.charAt(i) == '0') {
            st = ++i;   // leading zeros do not count
        }
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        String intPart = s.substring(st, i);
        String frac = "";
        if (i < s.length() && s.charAt(i) == '.') {
            int f = ++i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            frac = s.substring(f, i);
            int e = frac.length();
            while (e > 0 && frac.charAt(e - 1) == '0') {
                e--;
            }
            frac = frac.substring(0, e);
        }
        if (intPart.isEmpty() && frac.isEmpty()) {
            neg = false;
        }
        return new String[] {neg ? "-" : "", intPart, frac};
    }
}

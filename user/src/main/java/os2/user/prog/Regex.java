package os2.user.prog;

import java.util.ArrayList;
import java.util.List;

/**
 * POSIX regular expressions as GNU grep reads them in the C locale, translated to
 * java.util.regex syntax. Basic (BRE, grep -G): {@code \( \) \{ \} \| \+ \?} are operators
 * and {@code ( ) { } | + ?} literals; {@code *} at the start of an expression (or after
 * {@code \(}, {@code \|}, an anchor) is literal; {@code ^} and {@code $} are anchors only at
 * the ends of an expression. Extended (ERE, grep -E): the plain characters are operators, a
 * repetition with nothing before it is ignored, and a {@code {} that does not start a valid
 * interval is literal. Both: bracket expressions with POSIX classes, equivalence classes and
 * collating symbols of one character; back references {@code \1}-{@code \9}; GNU's
 * {@code \w \W \s \S \b \B \< \> \` \'} (zero-width, yet a repetition may follow them). Where
 * GNU's two matchers read a construct differently, this follows the one GNU uses for it:
 * dfa's "only zero-width tokens since the start" rule for a literal BRE {@code *}, glibc's rule
 * that a back reference names a group completed in its own alternative. Lines are byte-chars ({@link Text}); a match's
 * existence does not depend on POSIX's leftmost-longest rule, so Java's backtracking gives
 * the same lines. Errors carry GNU's messages.
 */
final class Regex {
    /** The largest repetition count (RE_DUP_MAX). */
    static final int DUP_MAX = 32767;
    static final String WORD_BEFORE = "(?<=\\w)";
    static final String NO_WORD_BEFORE = "(?<![A-Za-z0-9_])";

    private final String p;
    private final boolean ere;
    private final boolean fold;
    private final StringBuilder out = new StringBuilder();
    private int i;
    /** Where the last atom starts in out, or -1 if nothing can be repeated here. */
    private int atom = -1;
    private boolean repeated;
    /** BRE: only zero-width tokens since the start, "\(" or "\|" (there "*" and "\{" are literal, as GNU's dfa reads them). */
    private boolean lastStart = true;
    private final List<Integer> open = new ArrayList<>();
    private int groups;
    /**
     * The groups a back reference may name here (bit n: group n is complete), as glibc sees
     * them: each alternative starts from what was complete where its alternation started, and
     * after the alternation all of its alternatives' groups count. Per open alternation
     * level: {what was complete at its start, what its finished alternatives completed}.
     */
    private long complete;
    private final List<long[]> levels = new ArrayList<>(List.of(new long[3]));

    private Regex(String pattern, boolean extended, boolean ignoreCase) {
        p = pattern;
        ere = extended;
        fold = ignoreCase;
    }

    /** The Java regex for pattern; ignoreCase folds brackets here (the caller sets CASE_INSENSITIVE for the rest). */
    static String translate(String pattern, boolean extended, boolean ignoreCase) throws SysError {
        Regex r = new Regex(pattern, extended, ignoreCase);
        r.run();
        return r.out.toString();
    }

    private void run() throws SysError {
        while (i < p.length()) {
            char c = p.charAt(i++);
            if (c == '\\') {
                if (i >= p.length()) {
                    throw new SysError("Trailing backslash");
                }
                escape(p.charAt(i++));
            } else if (c == '[') {
                atom(out.length());
                i = Bracket.parse(p, i, fold, out);
            } else if (c == '.') {
                atom(out.length());
                out.append('.');
            } else if (c == '*') {
                if (!ere && (lastStart || atom < 0)) {
                    literal(c);
                } else {
                    repeat("*");
                }
            } else if (c == '^' && (ere || branchStart(i - 1))) {
                anchor('^');
            } else if (c == '$' && (ere || branchEnd(i))) {
                anchor('$');
            } else if (ere && (c == '+' || c == '?')) {
                repeat(String.valueOf(c));
            } else if (ere && c == '{' && interval()) {
                continue;
            } else if (ere && c == '(') {
                openGroup();
            } else if (ere && c == ')' && !open.isEmpty()) {
                closeGroup();
            } else if (ere && c == '|') {
                alternate();
            } else {
                literal(c);
            }
        }
        if (!open.isEmpty()) {
            throw new SysError("Unmatched ( or \\(");
        }
    }

    private void escape(char c) throws SysError {
        if (!ere && c == '(') {
            openGroup();
        } else if (!ere && c == ')') {
            if (open.isEmpty()) {
                throw new SysError("Unmatched ) or \\)");
            }
            closeGroup();
        } else if (!ere && c == '|') {
            alternate();
        } else if (!ere && c == '{') {
            if (lastStart || atom < 0) {
                literal('{');   // nothing to repeat: GNU reads "\{" as a brace (and "\}" later as one)
                return;
            }
            if (!interval()) {
                throw new SysError(p.indexOf("\\}", i) < 0 ? "Unmatched \\{" : "Invalid content of \\{\\}");
            }
        } else if (!ere && (c == '+' || c == '?')) {
            if (lastStart || atom < 0) {
                literal(c);
            } else {
                repeat(String.valueOf(c));
            }
        } else if (c >= '1' && c <= '9') {
            if ((complete & 1L << (c - '0')) == 0) {
                throw new SysError("Invalid back reference");
            }
            atom(out.length());
            out.append('\\').append(c);
        } else if (c == 'w' || c == 'W' || c == 's' || c == 'S') {
            atom(out.length());
            out.append('\\').append(c);
        } else if (c == 'b' || c == 'B' || c == '<' || c == '>' || c == '`' || c == '\'') {
            boolean start = lastStart;
            atom(out.length());   // zero-width, yet GNU lets a repetition follow it
            lastStart = start;
            out.append("(?:").append(switch (c) {
                case 'b' -> "(?:" + WORD_BEFORE + "(?!\\w)|" + NO_WORD_BEFORE + "(?=\\w))";
                case 'B' -> "(?:" + WORD_BEFORE + "(?=\\w)|" + NO_WORD_BEFORE + "(?!\\w))";
                case '<' -> NO_WORD_BEFORE + "(?=\\w)";
                case '>' -> WORD_BEFORE + "(?!\\w)";
                case '`' -> "\\A";
                default -> "\\z";
            }).append(')');
        } else {
            literal(c);
        }
    }

    /** True if position k starts a branch of a BRE (where ^ is an anchor). */
    private boolean branchStart(int k) {
        return k == 0 || p.startsWith("\\(", k - 2) || p.startsWith("\\|", k - 2);
    }

    /** True if position k (after a $) ends a branch of a BRE. */
    private boolean branchEnd(int k) {
        return k == p.length() || p.startsWith("\\)", k) || p.startsWith("\\|", k);
    }

    /** An anchor: in an ERE a repetition may follow it ("^*" is an optional anchor, as in GNU), in a BRE not. */
    private void anchor(char a) {
        if (ere) {
            atom(out.length());
            out.append("(?:").append(a).append(')');
        } else {
            out.append(a);
            atom = -1;
        }
    }

    private void atom(int start) {
        atom = start;
        repeated = false;
        lastStart = false;
    }

    private void literal(char c) {
        atom(out.length());
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            out.append(c);
        } else {
            hex(c);
        }
    }

    private void hex(int c) {
        hex(out, c);
    }

    /** Appends byte c as \xHH (a literal for Java's regex whatever the byte). */
    static void hex(StringBuilder out, int c) {
        out.append("\\x").append(Character.forDigit(c >> 4 & 15, 16)).append(Character.forDigit(c & 15, 16));
    }

    /** Applies a quantifier to the last atom (grouping it first if it already has one, as POSIX stacks them). */
    private void repeat(String q) {
        if (atom < 0) {
            return;   // ERE: a repetition of nothing is ignored, as GNU does
        }
        if (repeated) {
            out.insert(atom, "(?:").append(')');
        }
        out.append(q);
        repeated = true;
    }

    /** After '{' (ERE) or "\{" (BRE): a valid interval is applied and true; else false, nothing consumed. */
    private boolean interval() throws SysError {
        int k = i;
        int min = -1;
        int max;
        int n = digits(k);
        if (n > k) {
            min = number(k, n);
            k = n;
        }
        if (k < p.length() && p.charAt(k) == ',') {
            int m = digits(k + 1);
            max = m > k + 1 ? number(k + 1, m) : -1;
            k = m;
        } else {
            max = min;
        }
        String close = ere ? "}" : "\\}";
        if (!p.startsWith(close, k) || min < 0 && max < 0 && p.charAt(k - 1) != ',') {
            return false;
        }
        if (min < 0) {
            min = 0;
        }
        if (max >= 0 && max < min) {
            throw new SysError("Invalid content of \\{\\}");
        }
        if (min > DUP_MAX || max > DUP_MAX) {
            throw new SysError("Regular expression too big");
        }
        i = k + close.length();
        repeat("{" + min + (max == min ? "" : "," + (max < 0 ? "" : max)) + "}");
        return true;
    }

    private int digits(int k) {
        while (k < p.length() && p.charAt(k) >= '0' && p.charAt(k) <= '9') {
            k++;
        }
        return k;
    }

    private int number(int from, int to) {
        return to - from > 6 ? DUP_MAX + 1 : Integer.parseInt(p.substring(from, to));
    }

    private void openGroup() {
        open.add(out.length());
        groups++;
        levels.add(new long[] {complete, 0, groups});
        out.append('(');
        atom = -1;
        lastStart = true;
    }

    private void closeGroup() {
        int start = open.remove(open.size() - 1);
        out.append(')');
        long[] level = levels.remove(levels.size() - 1);
        complete |= level[1];
        if (level[2] < Long.SIZE) {
            complete |= 1L << level[2];
        }
        atom(start);
    }

    private void alternate() {
        out.append('|');
        long[] level = levels.get(levels.size() - 1);
        level[1] |= complete;
        complete = level[0];
        atom = -1;
        lastStart = true;
    }
}

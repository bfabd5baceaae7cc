package os2.user.sh;

/**
 * A shell syntax error: one message naming the line and column. {@link #incomplete()} is true
 * when the input merely ended too early (an open quote, a trailing {@code |}, {@code &&},
 * {@code ||} or backslash), so an interactive shell can ask for a continuation line.
 */
public final class SyntaxError extends RuntimeException {
    private final int offset;
    private final boolean incomplete;
    private final String source;
    private final String what;

    SyntaxError(String source, int offset, String what, boolean incomplete) {
        super("syntax error at " + where(source, offset) + ": " + what);
        this.offset = offset;
        this.incomplete = incomplete;
        this.source = source;
        this.what = what;
    }

    /** The message for text that starts on line firstLine of a script: always "line L, column C". */
    public String inScript(int firstLine) {
        int line = firstLine;
        int col = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return "syntax error at line " + line + ", column " + col + ": " + what;
    }

    /** The character offset of the error in the parsed text. */
    public int offset() {
        return offset;
    }

    /** True when more input could complete the text (as opposed to a real error). */
    public boolean incomplete() {
        return incomplete;
    }

    /** "line L, column C" (both from 1); just "column C" for one-line input. */
    static String where(String s, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return s.indexOf('\n') < 0 || (s.indexOf('\n') == s.length() - 1 && line == 1)
                ? "column " + col : "line " + line + ", column " + col;
    }
}

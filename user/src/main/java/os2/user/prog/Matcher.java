package os2.user.prog;

/**
 * What grep asks of a pattern: does it occur in a line? Lines and patterns are byte-chars
 * ({@link Text}). Today the only implementation is {@link #literal} (grep -F semantics); a
 * regular-expression matcher plugs in here once the runtime has java.util.regex.
 */
public interface Matcher {
    /** True if the pattern matches somewhere in line (without its '\n'). */
    boolean find(String line);

    /** A fixed-string matcher; ignoreCase folds ASCII letters only (the C locale). */
    static Matcher literal(String pattern, boolean ignoreCase) {
        String p = ignoreCase ? Text.lowerAscii(pattern) : pattern;
        return line -> (ignoreCase ? Text.lowerAscii(line) : line).contains(p);
    }
}

package os2.user.prog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What grep asks of its patterns: does one of them occur in a line (or, whole, is the line
 * one of them)? Lines and patterns are byte-chars ({@link Text}); ignoring case folds ASCII
 * letters only (the C locale).
 */
public interface Matcher {
    /** True if a pattern matches line (without its '\n'). */
    boolean find(String line);

    /** Fixed strings (grep -F). */
    static Matcher literal(List<String> patterns, boolean ignoreCase, boolean whole) {
        List<String> ps = new ArrayList<>();
        for (String p : patterns) {
            ps.add(ignoreCase ? Text.lowerAscii(p) : p);
        }
        return line -> {
            String l = ignoreCase ? Text.lowerAscii(line) : line;
            for (String p : ps) {
                if (whole ? l.equals(p) : l.contains(p)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** POSIX regular expressions (grep -G, or -E with extended); a bad one is a SysError with GNU's message. */
    static Matcher regex(List<String> patterns, boolean extended, boolean ignoreCase, boolean whole) throws SysError {
        int flags = Pattern.DOTALL | Pattern.UNIX_LINES | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        List<Pattern> ps = new ArrayList<>();
        for (String p : patterns) {
            String java = Regex.translate(p, extended, ignoreCase);
            try {
                ps.add(Pattern.compile(java, flags));
            } catch (RuntimeException e) {   // a translation this class did not foresee: still an error, not a crash
                throw new SysError("Invalid regular expression");
            }
        }
        return line -> {
            for (Pattern p : ps) {
                java.util.regex.Matcher m = p.matcher(line);
                if (whole ? m.matches() : m.find()) {
                    return true;
                }
            }
            return false;
        };
    }
}

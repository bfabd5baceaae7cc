package java.util.regex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A compiled regular expression, with the JDK's syntax, flags and matching semantics (written for OS2:
 * Parser builds a tree, Compiler turns it into a Prog, a backtracking matcher with an explicit stack).
 * Not supported: CANON_EQ (compile throws UnsupportedOperationException), \X, \N{name} and Unicode
 * scripts (\p{IsLatin}); docs/JAVA-SUBSET.md lists the differences.
 */
public final class Pattern implements java.io.Serializable {
    private static final long serialVersionUID = 5073258162644648461L;

    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private static final int ALL_FLAGS = 0x1ff;

    private final String pattern;
    private final int flags;
    final Prog prog;
    final Map<String, Integer> names;

    private Pattern(String regex, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        if ((flags & CANON_EQ) != 0) {
            throw new UnsupportedOperationException("Pattern.CANON_EQ is not supported by OS2's java.util.regex");
        }
        this.pattern = regex;
        this.flags = flags;
        int f = (flags & UNICODE_CHARACTER_CLASS) != 0 ? flags | UNICODE_CASE : flags;
        Parser p = new Parser(regex, f);
        Node root = p.parse();
        prog = Compiler.compile(root, p.groupCount);
        names = p.names;
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    /** The capturing group names and their numbers (JDK 20's namedGroups, used by Matcher). */
    Map<String, Integer> namedGroups() {
        return Collections.unmodifiableMap(names);
    }

    public String[] split(CharSequence input, int limit) {
        ArrayList<String> parts = splitList(input, limit);
        if (parts == null) {
            return new String[] {input.toString()};
        }
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        for (int i = 0; i < size; i++) {
            result[i] = parts.get(i);
        }
        return result;
    }

    /** The pieces of split before trailing empty strings are dropped, or null if nothing matched. */
    private ArrayList<String> splitList(CharSequence input, int limit) {
        int index = 0;
        boolean limited = limit > 0;
        ArrayList<String> parts = new ArrayList<>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!limited || parts.size() < limit - 1) {
                if (index == 0 && m.start() == 0 && m.start() == m.end()) {
                    // no empty leading substring for a zero-width match at the beginning
                    continue;
                }
                parts.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (parts.size() == limit - 1) {
                parts.add(input.subSequence(index, input.length()).toString());
                index = m.end();
            }
        }
        if (index == 0) {
            return null;
        }
        if (!limited || parts.size() < limit) {
            parts.add(input.subSequence(index, input.length()).toString());
        }
        return parts;
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public Stream<String> splitAsStream(CharSequence input) {
        return java.util.stream.Streams.of(() -> {
            ArrayList<String> parts = splitList(input, 0);
            if (parts == null) {
                parts = new ArrayList<>();
                if (input.length() > 0) {
                    parts.add(input.toString());
                }
            }
            int size = parts.size();
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
            return parts.subList(0, size).iterator();
        }, null);
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    /** A pattern that matches s literally: s between \Q and \E, with any \E inside s split off. */
    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((e = s.indexOf("\\E", current)) >= 0) {
            sb.append(s, current, e);
            current = e + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }
}

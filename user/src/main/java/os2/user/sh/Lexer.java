package os2.user.sh;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell input into tokens: words (with quotes, backslash escapes and $ references
 * resolved into {@link Word} parts), operators and newlines. Comments ({@code #} at the
 * start of a word) run to the end of the line; backslash-newline joins lines.
 */
final class Lexer {
    /** Token kinds; OP tokens carry their operator text. */
    enum Kind { WORD, OP, NEWLINE, EOF }

    /** One token: its kind, its operator text (OP), its word (WORD) and where it starts. */
    record Token(Kind kind, String op, Word word, int offset, int end) {
        String describe() {
            switch (kind) {
                case WORD: return "word '" + word + "'";
                case OP: return "'" + op + "'";
                case NEWLINE: return "end of line";
                default: return "end of input";
            }
        }
    }

    private final String s;
    private int pos;

    private Lexer(String s) {
        this.s = s;
    }

    /** All tokens of s, ending with EOF; throws SyntaxError on an unterminated quote or bad ${}. */
    static List<Token> tokens(String s) {
        Lexer lx = new Lexer(s);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.kind() != Kind.EOF);
        return out;
    }

    static boolean isName(String n) {
        if (n.isEmpty() || !(Character.isLetter(n.charAt(0)) || n.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(c == '_' || c < 128 && Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return n.charAt(0) < 128;
    }

    private Token next() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
                pos += 2;
            } else if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
        int start = pos;
        if (pos >= s.length()) {
            return new Token(Kind.EOF, null, null, start, start);
        }
        char c = s.charAt(pos);
        if (c == '\n') {
            pos++;
            return new Token(Kind.NEWLINE, null, null, start, pos);
        }
        if (c == '2' && s.startsWith("2>", pos)) {
            String op = s.startsWith("2>&1", pos) ? "2>&1" : s.startsWith("2>>", pos) ? "2>>" : "2>";
            pos += op.length();
            return new Token(Kind.OP, op, null, start, pos);
        }
        for (String op : new String[] {"&&", "||", ">>", ";", "&", "|", "<", ">"}) {
            if (s.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Kind.OP, op, null, start, pos);
            }
        }
        Word w = word();
        return new Token(Kind.WORD, null, w, start, pos);
    }

    private static boolean ends(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|'
                || c == '<' || c == '>';
    }

    private Word word() {
        int start = pos;
        Parts parts = new Parts();
        while (pos < s.length() && !ends(s.charAt(pos))) {
            char c = s.charAt(pos);
            if (c == '\'') {
                int close = s.indexOf('\'', pos + 1);
                if (close < 0) {
                    throw new SyntaxError(s, pos, "unterminated single quote", true);
                }
                parts.lit(s.substring(pos + 1, close), true);
                pos = close + 1;
            } else if (c == '"') {
                doubleQuoted(parts);
            } else if (c == '\\') {
                if (pos + 1 >= s.length()) {
                    throw new SyntaxError(s, pos, "backslash at the end of input", true);
                }
                if (s.charAt(pos + 1) != '\n') {
                    parts.lit(String.valueOf(s.charAt(pos + 1)), true);
                }
                pos += 2;
            } else if (c == '$') {
                dollar(parts, false);
            } else {
                parts.lit(String.valueOf(c), false);
                pos++;
            }
        }
        return new Word(parts.list, start);
    }

    private void doubleQuoted(Parts parts) {
        int open = pos++;
        parts.lit("", true);   // "" alone is an empty (but present) argument
        while (true) {
            if (pos >= s.length()) {
                throw new SyntaxError(s, open, "unterminated double quote", true);
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\' && pos + 1 < s.length() && "$\"\\\n`".indexOf(s.charAt(pos + 1)) >= 0) {
                if (s.charAt(pos + 1) != '\n') {
                    parts.lit(String.valueOf(s.charAt(pos + 1)), true);
                }
                pos += 2;
            } else if (c == '$') {
                dollar(parts, true);
            } else {
                parts.lit(String.valueOf(c), true);
                pos++;
            }
        }
    }

    /** $NAME, ${NAME}, $?, $#, $0-$9; a $ followed by anything else is literal ($$ too: no process ids). */
    private void dollar(Parts parts, boolean quoted) {
        int at = pos++;
        char c = pos < s.length() ? s.charAt(pos) : ' ';
        if (c == '?' || c == '#' || c >= '0' && c <= '9') {
            pos++;
            parts.var(String.valueOf(c));
        } else if (c == '{') {
            int close = s.indexOf('}', pos);
            if (close < 0) {
                throw new SyntaxError(s, at, "missing '}' after '${'", true);
            }
            String name = s.substring(pos + 1, close);
            if (!isName(name) && !(name.length() == 1 && "?#0123456789".contains(name))) {
                throw new SyntaxError(s, at, "bad substitution '${" + name + "}'", false);
            }
            pos = close + 1;
            parts.var(name);
        } else if (c < 128 && (Character.isLetter(c) || c == '_')) {
            int e = pos;
            while (e < s.length() && s.charAt(e) < 128 && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_')) {
                e++;
            }
            parts.var(s.substring(pos, e));
            pos = e;
        } else {
            parts.lit("$", quoted);
        }
    }

    /** Builds a part list, merging neighbouring literals of the same quotedness. */
    private static final class Parts {
        final List<Word.Part> list = new ArrayList<>();

        void lit(String text, boolean quoted) {
            int n = list.size();
            if (n > 0 && !list.get(n - 1).var() && list.get(n - 1).quoted() == quoted) {
                list.set(n - 1, new Word.Part(list.get(n - 1).text() + text, quoted, false));
            } else {
                list.add(new Word.Part(text, quoted, false));
            }
        }

        void var(String name) {
            list.add(new Word.Part(name, false, true));
        }
    }
}

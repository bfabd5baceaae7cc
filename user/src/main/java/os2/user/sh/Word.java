package os2.user.sh;

import java.util.List;
import java.util.Map;

/**
 * One shell word as the lexer read it: literal pieces (quoted or not) and variable references.
 * Expansion gives exactly one string: OS2's shell does no field splitting and no globbing, so
 * {@code $X} never turns into several arguments.
 */
public final class Word {
    /** One piece: literal text, or a variable reference when {@code var} is true. */
    public record Part(String text, boolean quoted, boolean var) {
    }

    private final List<Part> parts;
    private final int offset;

    Word(List<Part> parts, int offset) {
        this.parts = List.copyOf(parts);
        this.offset = offset;
    }

    /** The pieces, in order. */
    public List<Part> parts() {
        return parts;
    }

    /** Where the word starts in the source. */
    public int offset() {
        return offset;
    }

    /** The word with each variable replaced by its value in vars (unset: empty). */
    public String expand(Map<String, String> vars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.var()) {
                String v = vars.get(p.text());
                sb.append(v == null ? "" : v);
            } else if (i == 0 && !p.quoted() && p.text().startsWith("~")
                    && (p.text().length() == 1 || p.text().charAt(1) == '/')) {
                // a leading unquoted ~ or ~/ is the home directory, as in every shell
                String home = vars.get("HOME");
                sb.append(home == null ? "/" : home).append(p.text().substring(1));
            } else {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }

    /** For NAME=value words: NAME if the word starts with an unquoted valid name and '='; else null. */
    String assignmentName() {
        if (parts.isEmpty() || parts.get(0).var() || parts.get(0).quoted()) {
            return null;
        }
        String t = parts.get(0).text();
        int eq = t.indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String name = t.substring(0, eq);
        return Lexer.isName(name) ? name : null;
    }

    /** The value part of an assignment word (everything after the first '='), unexpanded. */
    Word assignmentValue() {
        Part first = parts.get(0);
        String rest = first.text().substring(first.text().indexOf('=') + 1);
        java.util.ArrayList<Part> ps = new java.util.ArrayList<>();
        if (!rest.isEmpty()) {
            ps.add(new Part(rest, true, false));   // quoted: no ~ expansion after '='
        }
        ps.addAll(parts.subList(1, parts.size()));
        return new Word(ps, offset);
    }

    /** The word as it was written, roughly (for messages): unquoted literal text and $NAME. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            sb.append(p.var() ? "${" + p.text() + "}" : p.text());
        }
        return sb.toString();
    }
}

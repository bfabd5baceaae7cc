package java.util.regex;

/** Expands a replacement string ($n, ${name}, \c) for Matcher.appendReplacement, with the JDK's errors. */
final class Replacement {
    private Replacement() {
    }

    static void expand(Matcher m, String replacement, StringBuilder result) {
        int cursor = 0;
        int n = replacement.length();
        while (cursor < n) {
            char c = replacement.charAt(cursor);
            if (c == '\\') {
                cursor++;
                if (cursor == n) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                result.append(replacement.charAt(cursor));
                cursor++;
            } else if (c == '$') {
                cursor++;
                if (cursor == n) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                c = replacement.charAt(cursor);
                int ref;
                if (c == '{') {
                    cursor++;
                    StringBuilder name = new StringBuilder();
                    while (cursor < n) {
                        c = replacement.charAt(cursor);
                        if (CharPred.isAsciiAlpha(c) || c >= '0' && c <= '9') {
                            name.append(c);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (name.length() == 0) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (c != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String g = name.toString();
                    if (g.charAt(0) >= '0' && g.charAt(0) <= '9') {
                        throw new IllegalArgumentException("capturing group name {" + g + "} starts with digit character");
                    }
                    Integer index = m.pattern().names.get(g);
                    if (index == null) {
                        throw new IllegalArgumentException("No group with name {" + g + "}");
                    }
                    ref = index;
                    cursor++;
                } else {
                    ref = c - '0';
                    if (ref < 0 || ref > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    while (cursor < n) {
                        int d = replacement.charAt(cursor) - '0';
                        if (d < 0 || d > 9) {
                            break;
                        }
                        int r = ref * 10 + d;
                        if (m.groupCount() < r) {
                            break;
                        }
                        ref = r;
                        cursor++;
                    }
                }
                if (m.start(ref) != -1 && m.end(ref) != -1) {
                    result.append(m.group(ref));
                }
            } else {
                result.append(c);
                cursor++;
            }
        }
    }
}

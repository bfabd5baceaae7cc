package java.time.format;

import java.util.ArrayList;
import java.util.List;

/** Turns a pattern of letters into formatter elements, with DateTimeFormatterBuilder.appendPattern's rules. */
final class PatternCompiler {
    private PatternCompiler() {
    }

    static List<Element> compile(String pattern) {
        List<List<Element>> stack = new ArrayList<>();
        stack.add(new ArrayList<>());
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            List<Element> out = stack.get(stack.size() - 1);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                int start = i;
                while (i < pattern.length() && pattern.charAt(i) == c) {
                    i++;
                }
                out.add(letter(c, i - start));
            } else if (c == '\'') {
                int start = i++;
                StringBuilder lit = new StringBuilder();
                while (true) {
                    if (i >= pattern.length()) {
                        throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
                    }
                    if (pattern.charAt(i) == '\'') {
                        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                            lit.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    lit.append(pattern.charAt(i++));
                }
                out.add(new Element.Literal(i - start == 2 ? "'" : lit.toString()));
            } else if (c == '[') {
                stack.add(new ArrayList<>());
                i++;
            } else if (c == ']') {
                if (stack.size() == 1) {
                    throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                }
                List<Element> section = stack.remove(stack.size() - 1);
                stack.get(stack.size() - 1).add(new Element.Optional(section));
                i++;
            } else if (c == '{' || c == '}' || c == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + c + "'");
            } else {
                out.add(new Element.Literal(String.valueOf(c)));
                i++;
            }
        }
        while (stack.size() > 1) {   // an unclosed [ runs to the end
            List<Element> section = stack.remove(stack.size() - 1);
            stack.get(stack.size() - 1).add(new Element.Optional(section));
        }
        return stack.get(0);
    }

    private static Element letter(char c, int count) {
        switch (c) {
            case 'G':
                return text(Field.ERA, c, count);
            case 'y':
            case 'u':
                Field year = c == 'y' ? Field.YEAR_OF_ERA : Field.YEAR;
                if (count == 2) {
                    return new Element.ReducedYear(year);
                }
                if (count < 4) {
                    return new Element.Number(year, count, 19, Element.NORMAL);
                }
                return new Element.Number(year, count, 19, Element.EXCEEDS_PAD);
            case 'M':
            case 'L':
                return count <= 2 ? number(Field.MONTH, c, count, 2) : text(Field.MONTH, c, count);
            case 'd':
                return number(Field.DAY, c, count, 2);
            case 'D':
                if (count > 3) {
                    throw tooMany(c);
                }
                return count == 1 ? new Element.Number(Field.DAY_OF_YEAR, 1, 19, Element.NORMAL)
                        : new Element.Number(Field.DAY_OF_YEAR, count, 3, Element.NOT_NEGATIVE);
            case 'E':
                return text(Field.DAY_OF_WEEK, c, count);
            case 'a':
                if (count > 1) {
                    throw tooMany(c);
                }
                return new Element.Text(Field.AMPM, Field.SHORT);
            case 'H':
                return number(Field.HOUR_OF_DAY, c, count, 2);
            case 'k':
                return number(Field.CLOCK_HOUR_OF_DAY, c, count, 2);
            case 'K':
                return number(Field.HOUR_OF_AMPM, c, count, 2);
            case 'h':
                return number(Field.CLOCK_HOUR_OF_AMPM, c, count, 2);
            case 'm':
                return number(Field.MINUTE, c, count, 2);
            case 's':
                return number(Field.SECOND, c, count, 2);
            case 'S':
                return new Element.Fraction(count, count, false);
            case 'n':
                return count == 1 ? new Element.Number(Field.NANO, 1, 19, Element.NORMAL)
                        : new Element.Number(Field.NANO, count, 19, Element.NOT_NEGATIVE);
            case 'V': case 'v': case 'z': case 'O': case 'X': case 'x': case 'Z':
            case 'Y': case 'w': case 'W': case 'e': case 'c': case 'F': case 'Q': case 'q': case 'A': case 'N':
            case 'B': case 'g':
                throw new IllegalArgumentException("Pattern letter '" + c
                        + "' (zones, offsets, week-based and localized fields) is not provided by the OS2 library");
            default:
                throw new IllegalArgumentException("Unknown pattern letter: " + c);
        }
    }

    /** One letter: as many digits as the value has; two: exactly two digits; more: an error. */
    private static Element number(Field f, char c, int count, int max) {
        if (count > max) {
            throw tooMany(c);
        }
        return count == 1 ? new Element.Number(f, 1, 19, Element.NORMAL) : new Element.Number(f, count, count, Element.NOT_NEGATIVE);
    }

    /** 1-3 letters: short text ("Jan"), 4: full ("January"), 5: narrow ("J"). */
    private static Element text(Field f, char c, int count) {
        if (count > 5) {
            throw tooMany(c);
        }
        return new Element.Text(f, count == 4 ? Field.FULL : count == 5 ? Field.NARROW : Field.SHORT);
    }

    private static IllegalArgumentException tooMany(char c) {
        return new IllegalArgumentException("Too many pattern letters: " + c);
    }
}

package java.time.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/** One part of a formatter: a literal, a number, a text, a fraction, an optional section or an instant. */
abstract class Element {
    /** Appends this element's text for t; false when an optional field is missing (the section is dropped). */
    abstract void format(TemporalAccessor t, StringBuilder out);

    /** Parses at pos into fields; the new position, or ~pos (negative) on failure. */
    abstract int parse(CharSequence text, int pos, ParsedFields fields, Context ctx);

    /** A fixed width this element always parses (for adjacent numbers such as "yyyyMMdd"), else -1. */
    int fixedWidth() {
        return -1;
    }

    /** Parsing state shared by the elements of one formatter. */
    static final class Context {
        final boolean caseInsensitive;
        /** Digits the elements right after the current one need (adjacent value parsing). */
        int reserved;

        Context(boolean caseInsensitive) {
            this.caseInsensitive = caseInsensitive;
        }
    }

    static final class Literal extends Element {
        final String text;

        Literal(String text) {
            this.text = text;
        }

        @Override
        void format(TemporalAccessor t, StringBuilder out) {
            out.append(text);
        }

        @Override
        int parse(CharSequence s, int pos, ParsedFields f, Context ctx) {
            if (pos + text.length() > s.length()) {
                return ~pos;
            }
            for (int i = 0; i < text.length(); i++) {
                char a = s.charAt(pos + i), b = text.charAt(i);
                if (a != b && !(ctx.caseInsensitive && Character.toUpperCase(a) == Character.toUpperCase(b))) {
                    return ~pos;
                }
            }
            return pos + text.length();
        }
    }

    /** Sign styles of DateTimeFormatterBuilder.appendValue. */
    static final int NORMAL = 0, NOT_NEGATIVE = 1, EXCEEDS_PAD = 2;

    static final class Number extends Element {
        final Field field;
        final int minWidth, maxWidth, sign;

        Number(Field field, int minWidth, int maxWidth, int sign) {
            this.field = field;
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.sign = sign;
        }

        @Override
        int fixedWidth() {
            return minWidth == maxWidth && sign == NOT_NEGATIVE ? minWidth : -1;
        }

        @Override
        void format(TemporalAccessor t, StringBuilder out) {
            long v = field.get(t);
            String digits = v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(v));
            if (digits.length() > maxWidth) {
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + v
                        + " exceeds the maximum print width of " + maxWidth);
            }
            if (v < 0) {
                if (sign == NOT_NEGATIVE) {
                    throw new DateTimeException("Field " + field + " cannot be printed as the value " + v
                            + " cannot be negative according to the SignStyle");
                }
                out.append('-');
            } else if (sign == EXCEEDS_PAD && minWidth < 19 && digits.length() > minWidth) {
                out.append('+');
            }
            for (int i = digits.length(); i < minWidth; i++) {
                out.append('0');
            }
            out.append(digits);
        }

        @Override
        int parse(CharSequence s, int pos, ParsedFields f, Context ctx) {
            int p = pos;
            boolean negative = false, plus = false;
            if (p < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '+') && sign != NOT_NEGATIVE) {
                negative = s.charAt(p) == '-';
                plus = !negative;
                p++;
            }
            int start = p;
            int limit = Math.min(s.length(), start + maxWidth);
            int end = start;
            while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                end++;
            }
            end = Math.min(limit, Math.max(start + minWidth, end - ctx.reserved));
            if (end > s.length()) {
                return ~pos;
            }
            long v = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return ~pos;
                }
                v = v * 10 + (c - '0');
                if (v < 0) {
                    return ~pos;
                }
            }
            if (end - start < minWidth || end == start) {
                return ~pos;
            }
            // strict parsing of EXCEEDS_PAD: a '+' exactly when the digits exceed the minimum width
            if (sign == EXCEEDS_PAD && !negative && plus != (end - start > minWidth)) {
                return ~pos;
            }
            return f.set(field, negative ? -v : v) ? end : ~pos;
        }
    }

    /** The two-digit year of "yy": printed as the last two digits, parsed into 2000-2099. */
    static final class ReducedYear extends Element {
        final Field field;

        ReducedYear(Field field) {
            this.field = field;
        }

        @Override
        int fixedWidth() {
            return 2;
        }

        @Override
        void format(TemporalAccessor t, StringBuilder out) {
            long v = Math.abs(field.get(t) % 100);
            out.append(v < 10 ? "0" : "").append(v);
        }

        @Override
        int parse(CharSequence s, int pos, ParsedFields f, Context ctx) {
            if (pos + 2 > s.length() || !isDigit(s.charAt(pos)) || !isDigit(s.charAt(pos + 1))) {
                return ~pos;
            }
            return f.set(field, 2000 + (s.charAt(pos) - '0') * 10 + (s.charAt(pos + 1) - '0')) ? pos + 2 : ~pos;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static final class Text extends Element {
        final Field field;
        final int style;

        Text(Field field, int style) {
            this.field = field;
            this.style = style;
        }

        @Override
        void format(TemporalAccessor t, StringBuilder out) {
            out.append(field.names(style)[(int) field.get(t) - field.firstValue()]);
        }

        @Override
        int parse(CharSequence s, int pos, ParsedFields f, Context ctx) {
            String[] names = field.names(style);
            int best = -1;
            for (int i = 0; i < names.length; i++) {   // the longest name that matches
                String n = names[i];
                if (pos + n.length() <= s.length() && (best < 0 || n.length() > names[best].length())
                        && regionMatches(s, pos, n, ctx.caseInsensitive)) {
                    best = i;
                }
            }
            if (best < 0) {
                return ~pos;
            }
            return f.set(field, best + field.firstValue()) ? pos + names[best].length() : ~pos;
        }

        private static boolean regionMatches(CharSequence s, int pos, String n, boolean ignoreCase) {
            return s.toString().regionMatches(ignoreCase, pos, n, 0, n.length());
        }
    }

    /** The fraction of a second: minWidth..maxWidth digits, truncated, with or without the decimal point. */
    static final class Fraction extends Element {
        final int minWidth, maxWidth;
        final boolean decimalPoint;

        Fraction(int minWidth, int maxWidth, boolean decimalPoint) {
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.decimalPoint = decimalPoint;
        }

        @Override
        int fixedWidth() {
            return minWidth == maxWidth && !decimalPoint ? minWidth : -1;
        }

        @Override
        void format(TemporalAccessor t, StringBuilder out) {
            String digits = Long.toString(Field.NANO.get(t) + 1_000_000_000L).substring(1, 1 + maxWidth);
            int end = digits.length();
            while (end > minWidth && digits.charAt(end - 1) == '0') {
                end--;
            }
            if (end == 0) {
                return;
            }
            out.append(decimalPoint ? "." : "").append(digits, 0, end);
        }

        @Override
        int parse(CharSequence s, int pos, ParsedFields f, Context ctx) {
            int p = pos;
            if (decimalPoint) {
                if (p >= s.length() || s.charAt(p) != '.') {
                    return minWidth > 0 ? ~pos : pos;
                }
                p++;
            }
            int start = p;
            long nanos = 0;
            int scale = 100_000_000;
            while (p < s.length() && p - start < maxWidth && isDigit(s.charAt(p))) {
                nanos += (s.charAt(p) - '0') * (long) scale;
                scale /= 10;
                p++;
            }
            if (p - start < minWidth || (decimalPoint && p == start)) {
                return ~pos;
            }
            return f.set(Field.NANO, nanos) ? p : ~pos;
        }
    }

    /** A section that is printed only when every field in it is available, and parsed only if it matches. */
    static final class Optional extends Element {
        final List<Element> parts;

        Optional(List<Element> parts) {
            this.parts = parts;
        }

        @Override
        void format(TemporalAccessor t, StringBuilder out) {
            int length = out.length();
            try {
                for (Element e : parts) {
                    e.format(t, out);
                }
            } catch (java.time.temporal.UnsupportedTemporalTypeException e) {
                out.setLength(length);
            }
        }

        @Override
        int parse(CharSequence s, int pos, ParsedFields f, Context ctx) {
            ParsedFields copy = f.copy();
            int p = DateTimeFormatter.parseAll(parts, s, pos, f, ctx);
            if (p < 0) {
                f.restore(copy);
                return pos;
            }
            return p;
        }
    }

    /** ISO_INSTANT: the UTC date-time of an Instant, seconds always, the fraction in groups of three, then Z. */
    static final class InstantElement extends Element {
        private final List<Element> parser;

        InstantElement(List<Element> parser) {
            this.parser = parser;
        }

        @Override
        void format(TemporalAccessor t, StringBuilder out) {
            if (!(t instanceof Instant)) {
                throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported field: InstantSeconds");
            }
            out.append(t.toString());
        }

        @Override
        int parse(CharSequence s, int pos, ParsedFields f, Context ctx) {
            return DateTimeFormatter.parseAll(parser, s, pos, f, ctx);
        }
    }
}

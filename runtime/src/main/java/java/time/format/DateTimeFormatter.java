package java.time.format;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints and parses dates and times: the ISO formatters and patterns of letters ({@link #ofPattern}), in English.
 * Zone, offset, week-based and localized letters are not provided (docs/JAVA-SUBSET.md).
 */
public final class DateTimeFormatter {
    public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatter(isoDate(), false, true);
    public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatter(isoTime(), false, true);
    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatter(isoDateTime(), true, true);
    /** ISO_DATE, ISO_TIME and ISO_DATE_TIME without the optional offset (there are no offset date-times). */
    public static final DateTimeFormatter ISO_DATE = ISO_LOCAL_DATE;
    public static final DateTimeFormatter ISO_TIME = ISO_LOCAL_TIME;
    public static final DateTimeFormatter ISO_DATE_TIME = ISO_LOCAL_DATE_TIME;
    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatter(List.of(
            new Element.Number(Field.YEAR, 4, 4, Element.NOT_NEGATIVE),
            new Element.Number(Field.MONTH, 2, 2, Element.NOT_NEGATIVE),
            new Element.Number(Field.DAY, 2, 2, Element.NOT_NEGATIVE)), false, true);
    public static final DateTimeFormatter ISO_INSTANT = new DateTimeFormatter(List.of(new Element.InstantElement(
            concat(isoDateTimeSeconds(), new Element.Literal("Z")))), true, true);

    private final List<Element> elements;
    private final boolean caseInsensitive;
    private final boolean strict;

    private DateTimeFormatter(List<Element> elements, boolean caseInsensitive, boolean strict) {
        this.elements = elements;
        this.caseInsensitive = caseInsensitive;
        this.strict = strict;
    }

    private static List<Element> isoDate() {
        return List.of(new Element.Number(Field.YEAR, 4, 10, Element.EXCEEDS_PAD), new Element.Literal("-"),
                new Element.Number(Field.MONTH, 2, 2, Element.NOT_NEGATIVE), new Element.Literal("-"),
                new Element.Number(Field.DAY, 2, 2, Element.NOT_NEGATIVE));
    }

    private static List<Element> isoTime() {
        Element fraction = new Element.Optional(List.of(new Element.Fraction(0, 9, true)));
        Element seconds = new Element.Optional(List.of(new Element.Literal(":"),
                new Element.Number(Field.SECOND, 2, 2, Element.NOT_NEGATIVE), fraction));
        return List.of(new Element.Number(Field.HOUR_OF_DAY, 2, 2, Element.NOT_NEGATIVE), new Element.Literal(":"),
                new Element.Number(Field.MINUTE, 2, 2, Element.NOT_NEGATIVE), seconds);
    }

    private static List<Element> isoDateTime() {
        List<Element> l = new ArrayList<>(isoDate());
        l.add(new Element.Literal("T"));
        l.addAll(isoTime());
        return l;
    }

    /** ISO_INSTANT's parser: the seconds are required. */
    private static List<Element> isoDateTimeSeconds() {
        List<Element> l = new ArrayList<>(isoDate());
        l.add(new Element.Literal("T"));
        l.add(new Element.Number(Field.HOUR_OF_DAY, 2, 2, Element.NOT_NEGATIVE));
        l.add(new Element.Literal(":"));
        l.add(new Element.Number(Field.MINUTE, 2, 2, Element.NOT_NEGATIVE));
        l.add(new Element.Literal(":"));
        l.add(new Element.Number(Field.SECOND, 2, 2, Element.NOT_NEGATIVE));
        l.add(new Element.Optional(List.of(new Element.Fraction(0, 9, true))));
        return l;
    }

    private static List<Element> concat(List<Element> a, Element b) {
        List<Element> l = new ArrayList<>(a);
        l.add(b);
        return l;
    }

    /** A formatter for a pattern of letters such as "yyyy-MM-dd HH:mm:ss" (DateTimeFormatterBuilder's rules). */
    public static DateTimeFormatter ofPattern(String pattern) {
        return new DateTimeFormatter(PatternCompiler.compile(pattern), false, false);
    }

    public String format(TemporalAccessor temporal) {
        StringBuilder b = new StringBuilder(32);
        for (Element e : elements) {
            e.format(temporal, b);
        }
        return b.toString();
    }

    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        try {
            appendable.append(format(temporal));
        } catch (IOException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }

    /** Parses all of text into field values (the library's entry point for LocalDate.parse and friends). */
    public ParsedFields parseFields(CharSequence text) {
        java.util.Objects.requireNonNull(text, "text");
        ParsedFields fields = new ParsedFields(strict);
        int pos = parseAll(elements, text, 0, fields, new Element.Context(caseInsensitive));
        if (pos < 0) {
            throw new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed at index " + ~pos, text, ~pos);
        }
        if (pos < text.length()) {
            throw new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed, unparsed text found at index "
                    + pos, text, pos);
        }
        return fields;
    }

    static String abbreviate(CharSequence text) {
        return text.length() > 64 ? text.subSequence(0, 64) + "..." : text.toString();
    }

    /** Parses the elements in turn from pos: the end position, or ~index of the element that failed. */
    static int parseAll(List<Element> parts, CharSequence text, int pos, ParsedFields fields, Element.Context ctx) {
        for (int i = 0; i < parts.size(); i++) {
            int reserved = 0;
            for (int j = i + 1; j < parts.size() && parts.get(j).fixedWidth() >= 0; j++) {
                reserved += parts.get(j).fixedWidth();
            }
            ctx.reserved = reserved;
            pos = parts.get(i).parse(text, pos, fields, ctx);
            if (pos < 0) {
                return pos;
            }
        }
        return pos;
    }
}

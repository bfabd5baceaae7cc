package java.time.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The field values a DateTimeFormatter parsed (OS2 library class; the JDK's equivalent is internal), and their
 * resolution into dates and times with the JDK's SMART rules: year-of-era without an era is a year of our era,
 * a day past the end of its month is moved back to the month's last day (days 1-31 only), an hour alone means
 * minute 0, a 12-hour clock needs AM/PM.
 */
public final class ParsedFields {
    private static final Field[] FIELDS = Field.values();
    private final long[] values = new long[FIELDS.length];
    private final boolean[] present = new boolean[FIELDS.length];

    /** ResolverStyle.STRICT (the ISO formatters) rather than SMART (patterns): invalid days are errors. */
    private final boolean strict;

    ParsedFields(boolean strict) {
        this.strict = strict;
    }

    /** Records a parsed value; false if the same field was parsed before with another value. */
    boolean set(Field f, long v) {
        int i = f.ordinal();
        if (present[i] && values[i] != v) {
            return false;
        }
        present[i] = true;
        values[i] = v;
        return true;
    }

    ParsedFields copy() {
        ParsedFields c = new ParsedFields(strict);
        System.arraycopy(values, 0, c.values, 0, values.length);
        System.arraycopy(present, 0, c.present, 0, present.length);
        return c;
    }

    void restore(ParsedFields c) {
        System.arraycopy(c.values, 0, values, 0, values.length);
        System.arraycopy(c.present, 0, present, 0, present.length);
    }

    private boolean has(Field f) {
        return present[f.ordinal()];
    }

    /** The value, range-checked with the JDK's message. */
    private long get(Field f, long min, long max) {
        long v = values[f.ordinal()];
        if (v < min || v > max) {
            String range = f == Field.DAY ? "1 - 28/31" : f == Field.YEAR_OF_ERA ? "1 - 999999999/1000000000" : min + " - " + max;
            throw new DateTimeException("Invalid value for " + f + " (valid values " + range + "): " + v);
        }
        return v;
    }

    private static DateTimeParseException failure(CharSequence text, RuntimeException e) {
        return new DateTimeParseException("Text '" + DateTimeFormatter.abbreviate(text) + "' could not be parsed: "
                + e.getMessage(), text, 0, e);
    }

    /** The JDK's message: the fields left unresolved, then what they resolved to. */
    private DateTimeException unable(String type, LocalDate d, LocalTime t) {
        StringBuilder b = new StringBuilder("Unable to obtain ").append(type).append(" from TemporalAccessor: {");
        String sep = "";
        for (Field f : FIELDS) {
            if (has(f) && !(f.dateBased ? d != null : t != null)) {
                b.append(sep).append(f == Field.YEAR_OF_ERA && !has(Field.ERA) ? Field.YEAR : f).append('=')
                        .append(values[f.ordinal()]);
                sep = ", ";
            }
        }
        b.append("},ISO");
        if (d != null || t != null) {
            b.append(" resolved to ").append(d != null ? d.toString() : "").append(d != null && t != null ? "T" : "")
                    .append(t != null ? t.toString() : "");
        }
        return new DateTimeException(b.append(" of type java.time.format.Parsed").toString());
    }

    /** The parsed date, or null when the fields name none (and one is not required). */
    public LocalDate resolveDate(CharSequence text, boolean required) {
        try {
            LocalDate d = date();
            if (d == null && required) {
                throw unable("LocalDate", null, time());
            }
            return d;
        } catch (DateTimeException e) {
            throw failure(text, e);
        }
    }

    public LocalTime resolveTime(CharSequence text, boolean required) {
        try {
            LocalTime t = time();
            if (t == null && required) {
                throw unable("LocalTime", date(), null);
            }
            return t;
        } catch (DateTimeException e) {
            throw failure(text, e);
        }
    }

    public LocalDateTime resolveDateTime(CharSequence text) {
        try {
            LocalDate d = date();
            LocalTime t = time();
            if (d == null || t == null) {
                throw unable("LocalDateTime", d, t);
            }
            return LocalDateTime.of(d, t);
        } catch (DateTimeException e) {
            throw failure(text, e);
        }
    }

    public Instant resolveInstant(CharSequence text) {
        LocalDateTime ldt = resolveDateTime(text);
        return Instant.ofEpochSecond(ldt.toEpochSecond(ZoneOffset.UTC), ldt.getNano());
    }

    private LocalDate date() {
        Long year = null;
        if (has(Field.YEAR_OF_ERA)) {
            long era = has(Field.ERA) ? get(Field.ERA, 0, 1) : 1;
            long yoe = get(Field.YEAR_OF_ERA, 1, 999_999_999);
            year = era == 1 ? yoe : 1 - yoe;
            if (has(Field.YEAR) && values[Field.YEAR.ordinal()] != year) {
                throw new DateTimeException("Conflict found: Year " + values[Field.YEAR.ordinal()]
                        + " differs from Year " + year);
            }
        } else if (has(Field.YEAR)) {
            year = get(Field.YEAR, -999_999_999, 999_999_999);
        }
        if (year == null) {
            return null;
        }
        int y = (int) (long) year;
        LocalDate d;
        if (has(Field.MONTH) && has(Field.DAY)) {
            int m = (int) get(Field.MONTH, 1, 12);
            int dom = (int) get(Field.DAY, 1, 31);
            if (strict) {
                // LocalDate.of reports the invalid date
            } else if (m == 4 || m == 6 || m == 9 || m == 11) {
                dom = Math.min(dom, 30);
            } else if (m == 2) {
                dom = Math.min(dom, LocalDate.of(y, 3, 1).minusDays(1).getDayOfMonth());
            }
            d = LocalDate.of(y, m, dom);
        } else if (has(Field.DAY_OF_YEAR)) {
            d = LocalDate.ofYearDay(y, (int) get(Field.DAY_OF_YEAR, 1, 366));
        } else {
            return null;
        }
        if (has(Field.DAY_OF_WEEK)) {
            long dow = get(Field.DAY_OF_WEEK, 1, 7);
            if (dow != d.getDayOfWeek().getValue()) {
                throw new DateTimeException("Conflict found: Field DayOfWeek " + d.getDayOfWeek().getValue()
                        + " differs from DayOfWeek " + dow + " derived from " + d);
            }
        }
        return d;
    }

    private LocalTime time() {
        Long hour = null;
        if (has(Field.HOUR_OF_DAY)) {
            hour = get(Field.HOUR_OF_DAY, 0, 23);
        } else if (has(Field.CLOCK_HOUR_OF_DAY)) {
            long k = get(Field.CLOCK_HOUR_OF_DAY, 1, 24);
            hour = k == 24 ? 0 : k;
        } else if (has(Field.AMPM) && has(Field.CLOCK_HOUR_OF_AMPM)) {
            long h = get(Field.CLOCK_HOUR_OF_AMPM, 1, 12);
            hour = (h == 12 ? 0 : h) + 12 * get(Field.AMPM, 0, 1);
        } else if (has(Field.AMPM) && has(Field.HOUR_OF_AMPM)) {
            hour = get(Field.HOUR_OF_AMPM, 0, 11) + 12 * get(Field.AMPM, 0, 1);
        }
        if (hour == null) {
            return null;
        }
        boolean m = has(Field.MINUTE), s = has(Field.SECOND), n = has(Field.NANO);
        if (!m && (s || n) || m && !s && n) {
            return null;   // the JDK does not default a minute or second between parsed fields
        }
        int minute = m ? (int) get(Field.MINUTE, 0, 59) : 0;
        int second = s ? (int) get(Field.SECOND, 0, 59) : 0;
        int nano = n ? (int) get(Field.NANO, 0, 999_999_999) : 0;
        return LocalTime.of((int) (long) hour, minute, second, nano);
    }
}

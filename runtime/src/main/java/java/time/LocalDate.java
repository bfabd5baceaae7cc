package java.time;

import java.time.chrono.ChronoLocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ParsedFields;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;

/** A date of the proleptic ISO calendar without a time or zone, such as 2024-03-05. */
public final class LocalDate implements Temporal, ChronoLocalDate {
    /** Days from 0000-03-01 to 1970-01-01 (the civil-date arithmetic counts from a March 1st). */
    private static final long DAYS_0000_TO_1970 = 719_468L;
    private static final long DAYS_PER_400_YEARS = 146_097L;
    public static final LocalDate MIN = new LocalDate(-999_999_999, 1, 1);
    public static final LocalDate MAX = new LocalDate(999_999_999, 12, 31);
    public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);

    private final int year;
    private final int month;
    private final int day;

    private LocalDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    public static LocalDate now() {
        return ofEpochDay(Math.floorDiv(System.currentTimeMillis(), 86_400_000L));
    }

    public static LocalDate of(int year, Month month, int dayOfMonth) {
        return of(year, month.getValue(), dayOfMonth);
    }

    public static LocalDate of(int year, int month, int dayOfMonth) {
        Check.year(year);
        Check.month(month);
        Check.dayOfMonth(dayOfMonth);
        if (dayOfMonth > 28 && dayOfMonth > Month.of(month).length(isLeap(year))) {
            if (dayOfMonth == 29) {
                throw new DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
            }
            throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
        }
        return new LocalDate(year, month, dayOfMonth);
    }

    public static LocalDate ofYearDay(int year, int dayOfYear) {
        Check.year(year);
        Check.range("DayOfYear", 1, 366, dayOfYear);
        boolean leap = isLeap(year);
        if (dayOfYear == 366 && !leap) {
            throw new DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
        }
        Month m = Month.JANUARY;
        while (dayOfYear > m.firstDayOfYear(leap) + m.length(leap) - 1) {
            m = m.plus(1);
        }
        return new LocalDate(year, m.getValue(), dayOfYear - m.firstDayOfYear(leap) + 1);
    }

    public static LocalDate ofEpochDay(long epochDay) {
        Check.range("EpochDay", -365_243_219_162L, 365_241_780_471L, epochDay);
        // count from 0000-03-01 so that the leap day ends each 4-year cycle
        long z = epochDay + DAYS_0000_TO_1970;
        long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
        long dayOfEra = z - era * DAYS_PER_400_YEARS;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;   // month from March = 0
        int d = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
        return new LocalDate((int) y, m, d);
    }

    public static LocalDate parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static LocalDate parse(CharSequence text, DateTimeFormatter formatter) {
        ParsedFields f = formatter.parseFields(text);
        return f.resolveDate(text, true);
    }

    static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static LocalDate previousValid(int year, int month, int day) {
        return new LocalDate(year, month, Math.min(day, Month.of(month).length(isLeap(year))));
    }

    public LocalDate plus(TemporalAmount amount) {
        return (LocalDate) amount.addTo(this);
    }

    public LocalDate minus(TemporalAmount amount) {
        return (LocalDate) amount.subtractFrom(this);
    }

    public int getYear() {
        return year;
    }

    public int getMonthValue() {
        return month;
    }

    public Month getMonth() {
        return Month.of(month);
    }

    public int getDayOfMonth() {
        return day;
    }

    public int getDayOfYear() {
        return getMonth().firstDayOfYear(isLeapYear()) + day - 1;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of((int) Math.floorMod(toEpochDay() + 3, 7L) + 1);
    }

    @Override
    public boolean isLeapYear() {
        return isLeap(year);
    }

    @Override
    public int lengthOfMonth() {
        return getMonth().length(isLeapYear());
    }

    @Override
    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    @Override
    public long toEpochDay() {
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400L);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_0000_TO_1970;
    }

    public LocalDate withYear(int year) {
        return this.year == year ? this : previousValid(Check.year(year), month, day);
    }

    public LocalDate withMonth(int month) {
        return this.month == month ? this : previousValid(year, Check.month(month), day);
    }

    public LocalDate withDayOfMonth(int dayOfMonth) {
        return day == dayOfMonth ? this : of(year, month, dayOfMonth);
    }

    public LocalDate withDayOfYear(int dayOfYear) {
        return getDayOfYear() == dayOfYear ? this : ofYearDay(year, dayOfYear);
    }

    public LocalDate plusYears(long years) {
        return years == 0 ? this : previousValid(Check.year(year + years), month, day);
    }

    public LocalDate plusMonths(long months) {
        if (months == 0) {
            return this;
        }
        long count = year * 12L + (month - 1) + months;
        return previousValid(Check.year(Math.floorDiv(count, 12L)), (int) Math.floorMod(count, 12L) + 1, day);
    }

    public LocalDate plusWeeks(long weeks) {
        return plusDays(Math.multiplyExact(weeks, 7L));
    }

    public LocalDate plusDays(long days) {
        return days == 0 ? this : ofEpochDay(Math.addExact(toEpochDay(), days));
    }

    public LocalDate minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    public LocalDate minusMonths(long months) {
        return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
    }

    public LocalDate minusWeeks(long weeks) {
        return weeks == Long.MIN_VALUE ? plusWeeks(Long.MAX_VALUE).plusWeeks(1) : plusWeeks(-weeks);
    }

    public LocalDate minusDays(long days) {
        return days == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-days);
    }

    @Override
    public LocalDate plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            return unit.addTo(this, amount);
        }
        switch ((ChronoUnit) unit) {
            case DAYS: return plusDays(amount);
            case WEEKS: return plusWeeks(amount);
            case MONTHS: return plusMonths(amount);
            case YEARS: return plusYears(amount);
            case DECADES: return plusYears(Math.multiplyExact(amount, 10L));
            case CENTURIES: return plusYears(Math.multiplyExact(amount, 100L));
            case MILLENNIA: return plusYears(Math.multiplyExact(amount, 1000L));
            default: throw Check.unsupportedUnit(unit);
        }
    }

    @Override
    public LocalDate minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDate end = from(endExclusive);
        if (!(unit instanceof ChronoUnit)) {
            return unit.between(this, end);
        }
        switch ((ChronoUnit) unit) {
            case DAYS: return end.toEpochDay() - toEpochDay();
            case WEEKS: return (end.toEpochDay() - toEpochDay()) / 7;
            case MONTHS: return monthsUntil(end);
            case YEARS: return monthsUntil(end) / 12;
            case DECADES: return monthsUntil(end) / 120;
            case CENTURIES: return monthsUntil(end) / 1200;
            case MILLENNIA: return monthsUntil(end) / 12000;
            case ERAS: return (end.year >= 1 ? 1 : 0) - (year >= 1 ? 1 : 0);
            default: throw Check.unsupportedUnit(unit);
        }
    }

    /** Whole months from this to end: a month counts once its day of month is reached. */
    private long monthsUntil(LocalDate end) {
        long start = (year * 12L + month - 1) * 32L + day;
        long stop = (end.year * 12L + end.month - 1) * 32L + end.day;
        return (stop - start) / 32;
    }

    static LocalDate from(Temporal t) {
        if (t instanceof LocalDate) {
            return (LocalDate) t;
        }
        if (t instanceof LocalDateTime) {
            return ((LocalDateTime) t).toLocalDate();
        }
        throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor: " + t + " of type " + t.getClass().getName());
    }

    public LocalDateTime atStartOfDay() {
        return LocalDateTime.of(this, LocalTime.MIDNIGHT);
    }

    public LocalDateTime atTime(LocalTime time) {
        return LocalDateTime.of(this, time);
    }

    public LocalDateTime atTime(int hour, int minute) {
        return atTime(LocalTime.of(hour, minute));
    }

    public LocalDateTime atTime(int hour, int minute, int second) {
        return atTime(LocalTime.of(hour, minute, second));
    }

    public LocalDateTime atTime(int hour, int minute, int second, int nanoOfSecond) {
        return atTime(LocalTime.of(hour, minute, second, nanoOfSecond));
    }

    public long toEpochSecond(LocalTime time, ZoneOffset offset) {
        return toEpochDay() * 86_400L + time.toSecondOfDay() - offset.getTotalSeconds();
    }

    @Override
    public boolean isAfter(ChronoLocalDate other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean isBefore(ChronoLocalDate other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean isEqual(ChronoLocalDate other) {
        return compareTo(other) == 0;
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    @Override
    public int compareTo(ChronoLocalDate o) {
        LocalDate other = (LocalDate) o;
        int c = year - other.year;
        if (c == 0) {
            c = month - other.month;
            if (c == 0) {
                c = day - other.day;
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalDate && compareTo((LocalDate) o) == 0;
    }

    @Override
    public int hashCode() {
        return (year & 0xFFFFF800) ^ ((year << 11) + (month << 6) + day);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(10);
        appendYear(b, year);
        b.append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day);
        return b.toString();
    }

    /** The ISO year: at least 4 digits, a sign when negative or beyond 9999. */
    static void appendYear(StringBuilder b, int year) {
        int abs = Math.abs(year);
        if (year < 0) {
            b.append('-');
        } else if (year > 9999) {
            b.append('+');
        }
        for (int p = 1000; p > 1 && abs < p; p /= 10) {
            b.append('0');
        }
        b.append(abs);
    }
}

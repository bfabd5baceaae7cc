package java.time;

/** The range checks of the ISO fields, with the JDK's messages. */
final class Check {
    static final long MAX_YEAR = 999_999_999L;

    private Check() {
    }

    /** {@code value} if it lies in [min, max], else the JDK's "Invalid value for Field (valid values ...)" exception. */
    static long range(String field, long min, long max, long value) {
        if (value < min || value > max) {
            throw new DateTimeException("Invalid value for " + field + " (valid values " + min + " - " + max + "): " + value);
        }
        return value;
    }

    static int year(long year) {
        return (int) range("Year", -MAX_YEAR, MAX_YEAR, year);
    }

    static int month(long month) {
        return (int) range("MonthOfYear", 1, 12, month);
    }

    static int dayOfMonth(long day) {
        if (day < 1 || day > 31) {
            throw new DateTimeException("Invalid value for DayOfMonth (valid values 1 - 28/31): " + day);
        }
        return (int) day;
    }

    static int hour(long h) {
        return (int) range("HourOfDay", 0, 23, h);
    }

    static int minute(long m) {
        return (int) range("MinuteOfHour", 0, 59, m);
    }

    static int second(long s) {
        return (int) range("SecondOfMinute", 0, 59, s);
    }

    static int nano(long n) {
        return (int) range("NanoOfSecond", 0, 999_999_999, n);
    }

    /** The length in nanoseconds of a unit that can truncate a time of day (it divides a day evenly). */
    static long truncationNanos(java.time.temporal.TemporalUnit unit) {
        Duration d = unit.getDuration();
        if (d.getSeconds() > 86_400) {
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unit is too large to be used for truncation");
        }
        long nanos = d.toNanos();
        if (LocalTime.NANOS_PER_DAY % nanos != 0) {
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unit must divide into a standard day without remainder");
        }
        return nanos;
    }

    static DateTimeException unsupportedUnit(Object unit) {
        return new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }
}

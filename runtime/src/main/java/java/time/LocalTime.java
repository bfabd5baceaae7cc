package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;

/** A time of day without a date or zone, to the nanosecond, such as 10:15:30. */
public final class LocalTime implements Temporal, Comparable<LocalTime> {
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;
    public static final LocalTime MIDNIGHT = new LocalTime(0, 0, 0, 0);
    public static final LocalTime MIN = MIDNIGHT;
    public static final LocalTime NOON = new LocalTime(12, 0, 0, 0);
    public static final LocalTime MAX = new LocalTime(23, 59, 59, 999_999_999);

    private final int hour;
    private final int minute;
    private final int second;
    private final int nano;

    private LocalTime(int hour, int minute, int second, int nano) {
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.nano = nano;
    }

    public static LocalTime now() {
        long ms = Math.floorMod(System.currentTimeMillis(), 86_400_000L);
        return ofNanoOfDay(ms * 1_000_000L);
    }

    public static LocalTime of(int hour, int minute) {
        return of(hour, minute, 0, 0);
    }

    public static LocalTime of(int hour, int minute, int second) {
        return of(hour, minute, second, 0);
    }

    public static LocalTime of(int hour, int minute, int second, int nanoOfSecond) {
        return new LocalTime(Check.hour(hour), Check.minute(minute), Check.second(second), Check.nano(nanoOfSecond));
    }

    public static LocalTime ofSecondOfDay(long secondOfDay) {
        Check.range("SecondOfDay", 0, 86_399, secondOfDay);
        return ofNanoOfDay(secondOfDay * NANOS_PER_SECOND);
    }

    public static LocalTime ofNanoOfDay(long nanoOfDay) {
        Check.range("NanoOfDay", 0, NANOS_PER_DAY - 1, nanoOfDay);
        int s = (int) (nanoOfDay / NANOS_PER_SECOND);
        return new LocalTime(s / 3600, s / 60 % 60, s % 60, (int) (nanoOfDay % NANOS_PER_SECOND));
    }

    public static LocalTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    }

    public static LocalTime parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parseFields(text).resolveTime(text, true);
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }

    public int getSecond() {
        return second;
    }

    public int getNano() {
        return nano;
    }

    public int toSecondOfDay() {
        return hour * 3600 + minute * 60 + second;
    }

    public long toNanoOfDay() {
        return toSecondOfDay() * NANOS_PER_SECOND + nano;
    }

    public LocalTime withHour(int hour) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withMinute(int minute) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withSecond(int second) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withNano(int nanoOfSecond) {
        return of(hour, minute, second, nanoOfSecond);
    }

    public LocalTime plusHours(long hours) {
        return plusNanos(hours % 24 * 3600 * NANOS_PER_SECOND);
    }

    public LocalTime plusMinutes(long minutes) {
        return plusNanos(minutes % 1440 * 60 * NANOS_PER_SECOND);
    }

    public LocalTime plusSeconds(long seconds) {
        return plusNanos(seconds % 86_400 * NANOS_PER_SECOND);
    }

    public LocalTime plusNanos(long nanos) {
        if (nanos == 0) {
            return this;
        }
        long now = toNanoOfDay();
        long next = Math.floorMod(nanos % NANOS_PER_DAY + now, NANOS_PER_DAY);
        return next == now ? this : ofNanoOfDay(next);
    }

    public LocalTime minusHours(long hours) {
        return plusHours(-(hours % 24));
    }

    public LocalTime minusMinutes(long minutes) {
        return plusMinutes(-(minutes % 1440));
    }

    public LocalTime minusSeconds(long seconds) {
        return plusSeconds(-(seconds % 86_400));
    }

    public LocalTime minusNanos(long nanos) {
        return plusNanos(-(nanos % NANOS_PER_DAY));
    }

    public LocalTime plus(TemporalAmount amount) {
        return (LocalTime) amount.addTo(this);
    }

    public LocalTime minus(TemporalAmount amount) {
        return (LocalTime) amount.subtractFrom(this);
    }

    @Override
    public LocalTime plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            return unit.addTo(this, amount);
        }
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amount);
            case MICROS: return plusNanos(amount % 86_400_000_000L * 1000);
            case MILLIS: return plusNanos(amount % 86_400_000L * 1_000_000);
            case SECONDS: return plusSeconds(amount);
            case MINUTES: return plusMinutes(amount);
            case HOURS: return plusHours(amount);
            case HALF_DAYS: return plusHours(amount % 2 * 12);
            default: throw Check.unsupportedUnit(unit);
        }
    }

    @Override
    public LocalTime minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalTime end;
        if (endExclusive instanceof LocalTime) {
            end = (LocalTime) endExclusive;
        } else if (endExclusive instanceof LocalDateTime) {
            end = ((LocalDateTime) endExclusive).toLocalTime();
        } else {
            throw new DateTimeException("Unable to obtain LocalTime from TemporalAccessor: " + endExclusive
                    + " of type " + endExclusive.getClass().getName());
        }
        if (!(unit instanceof ChronoUnit)) {
            return unit.between(this, end);
        }
        long nanos = end.toNanoOfDay() - toNanoOfDay();
        return nanos / unitNanos((ChronoUnit) unit);
    }

    /** The length of a time unit in nanoseconds (date units are unsupported for times). */
    static long unitNanos(ChronoUnit unit) {
        switch (unit) {
            case NANOS: return 1;
            case MICROS: return 1000;
            case MILLIS: return 1_000_000;
            case SECONDS: return NANOS_PER_SECOND;
            case MINUTES: return 60 * NANOS_PER_SECOND;
            case HOURS: return 3600 * NANOS_PER_SECOND;
            case HALF_DAYS: return 43_200 * NANOS_PER_SECOND;
            default: throw Check.unsupportedUnit(unit);
        }
    }

    public LocalTime truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) {
            return this;
        }
        if (unit == ChronoUnit.DAYS) {
            return MIDNIGHT;
        }
        long per = Check.truncationNanos(unit);
        return ofNanoOfDay(toNanoOfDay() / per * per);
    }

    public LocalDateTime atDate(LocalDate date) {
        return LocalDateTime.of(date, this);
    }

    public boolean isAfter(LocalTime other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(LocalTime other) {
        return compareTo(other) < 0;
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    @Override
    public int compareTo(LocalTime other) {
        int c = Integer.compare(hour, other.hour);
        if (c == 0) {
            c = Integer.compare(minute, other.minute);
            if (c == 0) {
                c = Integer.compare(second, other.second);
                if (c == 0) {
                    c = Integer.compare(nano, other.nano);
                }
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalTime && compareTo((LocalTime) o) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(toNanoOfDay());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(18);
        b.append(hour < 10 ? "0" : "").append(hour).append(minute < 10 ? ":0" : ":").append(minute);
        if (second > 0 || nano > 0) {
            b.append(second < 10 ? ":0" : ":").append(second);
            appendNanos(b, nano);
        }
        return b.toString();
    }

    /** The fraction of a second in groups of three digits, as many groups as it needs (nothing for 0). */
    static void appendNanos(StringBuilder b, int nano) {
        if (nano == 0) {
            return;
        }
        int digits = nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
        String s = Integer.toString(nano + 1_000_000_000).substring(1, 1 + digits);
        b.append('.').append(s);
    }
}

package java.time;

import java.time.chrono.ChronoLocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;

/** A date and time of day without a zone, such as 2024-03-05T10:15:30. */
public final class LocalDateTime implements Temporal, ChronoLocalDateTime<LocalDate> {
    private static final long SECONDS_PER_DAY = 86_400L;
    public static final LocalDateTime MIN = new LocalDateTime(LocalDate.MIN, LocalTime.MIN);
    public static final LocalDateTime MAX = new LocalDateTime(LocalDate.MAX, LocalTime.MAX);

    private final LocalDate date;
    private final LocalTime time;

    private LocalDateTime(LocalDate date, LocalTime time) {
        this.date = date;
        this.time = time;
    }

    /** Now in UTC: the library has no time-zone rules, so the system default zone is UTC. */
    public static LocalDateTime now() {
        long ms = System.currentTimeMillis();
        return ofEpochSecond(Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1_000_000, ZoneOffset.UTC);
    }

    public static LocalDateTime of(LocalDate date, LocalTime time) {
        return new LocalDateTime(java.util.Objects.requireNonNull(date, "date"), java.util.Objects.requireNonNull(time, "time"));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second, int nano) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute, int second, int nano) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    public static LocalDateTime ofEpochSecond(long epochSecond, int nanoOfSecond, ZoneOffset offset) {
        Check.nano(nanoOfSecond);
        long local = epochSecond + offset.getTotalSeconds();
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY));
        LocalTime t = LocalTime.ofNanoOfDay(Math.floorMod(local, SECONDS_PER_DAY) * LocalTime.NANOS_PER_SECOND + nanoOfSecond);
        return new LocalDateTime(d, t);
    }

    public static LocalDateTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    public static LocalDateTime parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parseFields(text).resolveDateTime(text);
    }

    @Override
    public LocalDate toLocalDate() {
        return date;
    }

    @Override
    public LocalTime toLocalTime() {
        return time;
    }

    public LocalDateTime plus(TemporalAmount amount) {
        return (LocalDateTime) amount.addTo(this);
    }

    public LocalDateTime minus(TemporalAmount amount) {
        return (LocalDateTime) amount.subtractFrom(this);
    }

    public int getYear() {
        return date.getYear();
    }

    public int getMonthValue() {
        return date.getMonthValue();
    }

    public Month getMonth() {
        return date.getMonth();
    }

    public int getDayOfMonth() {
        return date.getDayOfMonth();
    }

    public int getDayOfYear() {
        return date.getDayOfYear();
    }

    public DayOfWeek getDayOfWeek() {
        return date.getDayOfWeek();
    }

    public int getHour() {
        return time.getHour();
    }

    public int getMinute() {
        return time.getMinute();
    }

    public int getSecond() {
        return time.getSecond();
    }

    public int getNano() {
        return time.getNano();
    }

    private LocalDateTime with(LocalDate d, LocalTime t) {
        return d == date && t == time ? this : new LocalDateTime(d, t);
    }

    public LocalDateTime withYear(int year) {
        return with(date.withYear(year), time);
    }

    public LocalDateTime withMonth(int month) {
        return with(date.withMonth(month), time);
    }

    public LocalDateTime withDayOfMonth(int day) {
        return with(date.withDayOfMonth(day), time);
    }

    public LocalDateTime withDayOfYear(int dayOfYear) {
        return with(date.withDayOfYear(dayOfYear), time);
    }

    public LocalDateTime withHour(int hour) {
        return with(date, time.withHour(hour));
    }

    public LocalDateTime withMinute(int minute) {
        return with(date, time.withMinute(minute));
    }

    public LocalDateTime withSecond(int second) {
        return with(date, time.withSecond(second));
    }

    public LocalDateTime withNano(int nano) {
        return with(date, time.withNano(nano));
    }

    public LocalDateTime plusYears(long years) {
        return with(date.plusYears(years), time);
    }

    public LocalDateTime plusMonths(long months) {
        return with(date.plusMonths(months), time);
    }

    public LocalDateTime plusWeeks(long weeks) {
        return with(date.plusWeeks(weeks), time);
    }

    public LocalDateTime plusDays(long days) {
        return with(date.plusDays(days), time);
    }

    public LocalDateTime plusHours(long hours) {
        return plusTime(hours / 24, hours % 24 * 3600 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusMinutes(long minutes) {
        return plusTime(minutes / 1440, minutes % 1440 * 60 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusSeconds(long seconds) {
        return plusTime(seconds / SECONDS_PER_DAY, seconds % SECONDS_PER_DAY * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusNanos(long nanos) {
        return plusTime(nanos / LocalTime.NANOS_PER_DAY, nanos % LocalTime.NANOS_PER_DAY);
    }

    /** Adds whole days and less than a day of nanoseconds (either sign), carrying into the date. */
    private LocalDateTime plusTime(long days, long nanos) {
        if (days == 0 && nanos == 0) {
            return this;
        }
        long total = time.toNanoOfDay() + nanos;   // within (-1 day, 2 days)
        long carry = Math.floorDiv(total, LocalTime.NANOS_PER_DAY);
        long nod = Math.floorMod(total, LocalTime.NANOS_PER_DAY);
        LocalTime t = nod == time.toNanoOfDay() ? time : LocalTime.ofNanoOfDay(nod);
        return with(date.plusDays(Math.addExact(days, carry)), t);
    }

    public LocalDateTime minusYears(long years) {
        return with(date.minusYears(years), time);
    }

    public LocalDateTime minusMonths(long months) {
        return with(date.minusMonths(months), time);
    }

    public LocalDateTime minusWeeks(long weeks) {
        return with(date.minusWeeks(weeks), time);
    }

    public LocalDateTime minusDays(long days) {
        return with(date.minusDays(days), time);
    }

    public LocalDateTime minusHours(long hours) {
        return plusTime(-(hours / 24), -(hours % 24) * 3600 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime minusMinutes(long minutes) {
        return plusTime(-(minutes / 1440), -(minutes % 1440) * 60 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime minusSeconds(long seconds) {
        return plusTime(-(seconds / SECONDS_PER_DAY), -(seconds % SECONDS_PER_DAY) * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime minusNanos(long nanos) {
        return plusTime(-(nanos / LocalTime.NANOS_PER_DAY), -(nanos % LocalTime.NANOS_PER_DAY));
    }

    @Override
    public LocalDateTime plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            return unit.addTo(this, amount);
        }
        ChronoUnit u = (ChronoUnit) unit;
        if (u.isDateBased()) {
            return with(date.plus(amount, unit), time);
        }
        switch (u) {
            case NANOS: return plusNanos(amount);
            case MICROS: return plusDays(amount / 86_400_000_000L).plusNanos(amount % 86_400_000_000L * 1000);
            case MILLIS: return plusDays(amount / 86_400_000L).plusNanos(amount % 86_400_000L * 1_000_000);
            case SECONDS: return plusSeconds(amount);
            case MINUTES: return plusMinutes(amount);
            case HOURS: return plusHours(amount);
            case HALF_DAYS: return plusDays(amount / 256).plusHours(amount % 256 * 12);
            default: throw Check.unsupportedUnit(unit);
        }
    }

    @Override
    public LocalDateTime minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDateTime end;
        if (endExclusive instanceof LocalDateTime) {
            end = (LocalDateTime) endExclusive;
        } else {
            throw new DateTimeException("Unable to obtain LocalDateTime from TemporalAccessor: " + endExclusive
                    + " of type " + endExclusive.getClass().getName());
        }
        if (!(unit instanceof ChronoUnit)) {
            return unit.between(this, end);
        }
        ChronoUnit u = (ChronoUnit) unit;
        if (u.isDateBased()) {
            // the end date, moved back a day when its time of day comes before this one's
            LocalDate endDate = end.date;
            if (endDate.isAfter(date) && end.time.isBefore(time)) {
                endDate = endDate.minusDays(1);
            } else if (endDate.isBefore(date) && end.time.isAfter(time)) {
                endDate = endDate.plusDays(1);
            }
            return date.until(endDate, unit);
        }
        long days = end.date.toEpochDay() - date.toEpochDay();
        long nanos = end.time.toNanoOfDay() - time.toNanoOfDay();
        if (days > 0 && nanos < 0) {
            days--;
            nanos += LocalTime.NANOS_PER_DAY;
        } else if (days < 0 && nanos > 0) {
            days++;
            nanos -= LocalTime.NANOS_PER_DAY;
        }
        long per = LocalTime.unitNanos(u);
        long perDay = LocalTime.NANOS_PER_DAY / per;
        return Math.addExact(Math.multiplyExact(days, perDay), nanos / per);
    }

    public LocalDateTime truncatedTo(TemporalUnit unit) {
        return with(date, time.truncatedTo(unit));
    }

    @Override
    public long toEpochSecond(ZoneOffset offset) {
        return date.toEpochSecond(time, offset);
    }

    @Override
    public Instant toInstant(ZoneOffset offset) {
        return Instant.ofEpochSecond(toEpochSecond(offset), time.getNano());
    }

    @Override
    public boolean isAfter(ChronoLocalDateTime<?> other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean isBefore(ChronoLocalDateTime<?> other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean isEqual(ChronoLocalDateTime<?> other) {
        return compareTo(other) == 0;
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    @Override
    public int compareTo(ChronoLocalDateTime<?> other) {
        int c = date.compareTo(other.toLocalDate());
        return c != 0 ? c : time.compareTo(other.toLocalTime());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalDateTime && date.equals(((LocalDateTime) o).date) && time.equals(((LocalDateTime) o).time);
    }

    @Override
    public int hashCode() {
        return date.hashCode() ^ time.hashCode();
    }

    @Override
    public String toString() {
        return date.toString() + 'T' + time.toString();
    }
}

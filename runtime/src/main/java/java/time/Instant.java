package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;

/**
 * A point on the UTC time line: seconds from 1970-01-01T00:00:00Z and nanoseconds within the second.
 * {@link #now} reads System.currentTimeMillis (millisecond precision; on OS2 the time since boot).
 */
public final class Instant implements Temporal, Comparable<Instant> {
    private static final long MIN_SECOND = -31_557_014_167_219_200L;
    private static final long MAX_SECOND = 31_556_889_864_403_199L;
    private static final long NANOS = 1_000_000_000L;
    public static final Instant EPOCH = new Instant(0, 0);
    public static final Instant MIN = new Instant(MIN_SECOND, 0);
    public static final Instant MAX = new Instant(MAX_SECOND, 999_999_999);

    private final long seconds;
    private final int nanos;

    private Instant(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Instant create(long seconds, int nanos) {
        if ((seconds | nanos) == 0) {
            return EPOCH;
        }
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            throw new DateTimeException("Instant exceeds minimum or maximum instant");
        }
        return new Instant(seconds, nanos);
    }

    public static Instant now() {
        return ofEpochMilli(System.currentTimeMillis());
    }

    public static Instant ofEpochSecond(long epochSecond) {
        return create(epochSecond, 0);
    }

    public static Instant ofEpochSecond(long epochSecond, long nanoAdjustment) {
        long secs = Math.addExact(epochSecond, Math.floorDiv(nanoAdjustment, NANOS));
        return create(secs, (int) Math.floorMod(nanoAdjustment, NANOS));
    }

    public static Instant ofEpochMilli(long epochMilli) {
        return create(Math.floorDiv(epochMilli, 1000L), (int) Math.floorMod(epochMilli, 1000L) * 1_000_000);
    }

    public static Instant parse(CharSequence text) {
        return DateTimeFormatter.ISO_INSTANT.parseFields(text).resolveInstant(text);
    }

    public long getEpochSecond() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public long toEpochMilli() {
        if (seconds < 0 && nanos > 0) {
            long millis = Math.multiplyExact(seconds + 1, 1000L);
            return Math.addExact(millis, nanos / 1_000_000 - 1000);
        }
        return Math.addExact(Math.multiplyExact(seconds, 1000L), nanos / 1_000_000);
    }

    private Instant plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long secs = Math.addExact(Math.addExact(seconds, secondsToAdd), nanosToAdd / NANOS);
        return ofEpochSecond(secs, nanos + nanosToAdd % NANOS);
    }

    public Instant plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    public Instant plusMillis(long millisToAdd) {
        return plus(millisToAdd / 1000, millisToAdd % 1000 * 1_000_000);
    }

    public Instant plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    public Instant minusSeconds(long s) {
        return s == Long.MIN_VALUE ? plusSeconds(Long.MAX_VALUE).plusSeconds(1) : plusSeconds(-s);
    }

    public Instant minusMillis(long ms) {
        return ms == Long.MIN_VALUE ? plusMillis(Long.MAX_VALUE).plusMillis(1) : plusMillis(-ms);
    }

    public Instant minusNanos(long ns) {
        return ns == Long.MIN_VALUE ? plusNanos(Long.MAX_VALUE).plusNanos(1) : plusNanos(-ns);
    }

    public Instant plus(TemporalAmount amount) {
        return (Instant) amount.addTo(this);
    }

    public Instant minus(TemporalAmount amount) {
        return (Instant) amount.subtractFrom(this);
    }

    @Override
    public Instant plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            return unit.addTo(this, amount);
        }
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amount);
            case MICROS: return plus(amount / 1_000_000, amount % 1_000_000 * 1000);
            case MILLIS: return plusMillis(amount);
            case SECONDS: return plusSeconds(amount);
            case MINUTES: return plusSeconds(Math.multiplyExact(amount, 60L));
            case HOURS: return plusSeconds(Math.multiplyExact(amount, 3600L));
            case HALF_DAYS: return plusSeconds(Math.multiplyExact(amount, 43_200L));
            case DAYS: return plusSeconds(Math.multiplyExact(amount, 86_400L));
            default: throw Check.unsupportedUnit(unit);
        }
    }

    @Override
    public Instant minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        if (!(endExclusive instanceof Instant)) {
            throw new DateTimeException("Unable to obtain Instant from TemporalAccessor: " + endExclusive
                    + " of type " + endExclusive.getClass().getName());
        }
        Instant end = (Instant) endExclusive;
        if (!(unit instanceof ChronoUnit)) {
            return unit.between(this, end);
        }
        ChronoUnit u = (ChronoUnit) unit;
        switch (u) {
            case NANOS: return nanosUntil(end);
            case MICROS: return nanosUntil(end) / 1000;
            case MILLIS: return Math.subtractExact(end.toEpochMilli(), toEpochMilli());
            case DAYS: return secondsUntil(end) / 86_400;
            default: return secondsUntil(end) / (LocalTime.unitNanos(u) / NANOS);
        }
    }

    private long nanosUntil(Instant end) {
        return Math.addExact(Math.multiplyExact(Math.subtractExact(end.seconds, seconds), NANOS), end.nanos - nanos);
    }

    private long secondsUntil(Instant end) {
        long secs = Math.subtractExact(end.seconds, seconds);
        long nanoDiff = end.nanos - nanos;
        if (secs > 0 && nanoDiff < 0) {
            secs--;
        } else if (secs < 0 && nanoDiff > 0) {
            secs++;
        }
        return secs;
    }

    public Instant truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) {
            return this;
        }
        long per = Check.truncationNanos(unit);
        long nod = Math.floorMod(seconds, 86_400L) * NANOS + nanos;
        return plusNanos(Math.floorDiv(nod, per) * per - nod);
    }

    public boolean isAfter(Instant other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Instant other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Instant other) {
        int c = Long.compare(seconds, other.seconds);
        return c != 0 ? c : nanos - other.nanos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instant && ((Instant) o).seconds == seconds && ((Instant) o).nanos == nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    @Override
    public String toString() {
        // ISO_INSTANT: the UTC date-time with the seconds always, the fraction in groups of three, and Z
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(32).append(t.toLocalDate()).append('T');
        int h = t.getHour(), m = t.getMinute(), s = t.getSecond();
        b.append(h < 10 ? "0" : "").append(h).append(m < 10 ? ":0" : ":").append(m).append(s < 10 ? ":0" : ":").append(s);
        LocalTime.appendNanos(b, nanos);
        return b.append('Z').toString();
    }
}

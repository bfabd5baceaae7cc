package java.time;

import java.math.BigInteger;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;

/** An amount of time in seconds and nanoseconds (0 to 999,999,999, so negative durations round seconds down). */
public final class Duration implements TemporalAmount, Comparable<Duration> {
    private static final long NANOS = 1_000_000_000L;
    private static final BigInteger BIG_NANOS = BigInteger.valueOf(NANOS);
    public static final Duration ZERO = new Duration(0, 0);

    private final long seconds;
    private final int nanos;

    private Duration(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Duration create(long seconds, int nanos) {
        return (seconds | nanos) == 0 ? ZERO : new Duration(seconds, nanos);
    }

    public static Duration ofDays(long days) {
        return create(Math.multiplyExact(days, 86_400L), 0);
    }

    public static Duration ofHours(long hours) {
        return create(Math.multiplyExact(hours, 3600L), 0);
    }

    public static Duration ofMinutes(long minutes) {
        return create(Math.multiplyExact(minutes, 60L), 0);
    }

    public static Duration ofSeconds(long seconds) {
        return create(seconds, 0);
    }

    public static Duration ofSeconds(long seconds, long nanoAdjustment) {
        return create(Math.addExact(seconds, Math.floorDiv(nanoAdjustment, NANOS)), (int) Math.floorMod(nanoAdjustment, NANOS));
    }

    public static Duration ofMillis(long millis) {
        return create(Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * 1_000_000);
    }

    public static Duration ofNanos(long nanos) {
        return create(Math.floorDiv(nanos, NANOS), (int) Math.floorMod(nanos, NANOS));
    }

    public static Duration of(long amount, TemporalUnit unit) {
        return ZERO.plus(amount, unit);
    }

    /** The time from start to end: Instants, LocalTimes or LocalDateTimes (both of one kind). */
    public static Duration between(Temporal startInclusive, Temporal endExclusive) {
        try {
            return ofNanos(startInclusive.until(endExclusive, ChronoUnit.NANOS));
        } catch (ArithmeticException | DateTimeException e) {
            long secs = startInclusive.until(endExclusive, ChronoUnit.SECONDS);
            long nanos = nanoOf(endExclusive) - nanoOf(startInclusive);
            if (secs > 0 && nanos < 0) {
                secs++;
            } else if (secs < 0 && nanos > 0) {
                secs--;
            }
            return ofSeconds(secs, nanos);
        }
    }

    private static int nanoOf(Temporal t) {
        if (t instanceof Instant) {
            return ((Instant) t).getNano();
        }
        if (t instanceof LocalDateTime) {
            return ((LocalDateTime) t).getNano();
        }
        return t instanceof LocalTime ? ((LocalTime) t).getNano() : 0;
    }

    /** Adds this to a time-based temporal: seconds, then nanoseconds. */
    @Override
    public Temporal addTo(Temporal temporal) {
        Temporal t = temporal;
        if (seconds != 0) {
            t = t.plus(seconds, ChronoUnit.SECONDS);
        }
        return nanos != 0 ? t.plus(nanos, ChronoUnit.NANOS) : t;
    }

    @Override
    public Temporal subtractFrom(Temporal temporal) {
        Temporal t = temporal;
        if (seconds != 0) {
            t = t.minus(seconds, ChronoUnit.SECONDS);
        }
        return nanos != 0 ? t.minus(nanos, ChronoUnit.NANOS) : t;
    }

    public long getSeconds() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public boolean isZero() {
        return (seconds | nanos) == 0;
    }

    public boolean isNegative() {
        return seconds < 0;
    }

    public Duration withSeconds(long seconds) {
        return create(seconds, nanos);
    }

    public Duration withNanos(int nanoOfSecond) {
        return create(seconds, Check.nano(nanoOfSecond));
    }

    private Duration plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long secs = Math.addExact(Math.addExact(seconds, secondsToAdd), nanosToAdd / NANOS);
        return ofSeconds(secs, nanos + nanosToAdd % NANOS);
    }

    public Duration plus(Duration d) {
        return plus(d.seconds, d.nanos);
    }

    public Duration plus(long amount, TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) {
            return plus(Math.multiplyExact(amount, 86_400L), 0);
        }
        if (unit.isDurationEstimated()) {
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unit must not have an estimated duration");
        }
        if (amount == 0) {
            return this;
        }
        if (unit instanceof ChronoUnit) {
            switch ((ChronoUnit) unit) {
                case NANOS: return plusNanos(amount);
                case MICROS: return plus(amount / 1_000_000, amount % 1_000_000 * 1000);
                case MILLIS: return plusMillis(amount);
                case SECONDS: return plusSeconds(amount);
                default: return plusSeconds(Math.multiplyExact(unit.getDuration().seconds, amount));
            }
        }
        Duration d = unit.getDuration().multipliedBy(amount);
        return plus(d.seconds, d.nanos);
    }

    public Duration plusDays(long days) {
        return plus(Math.multiplyExact(days, 86_400L), 0);
    }

    public Duration plusHours(long hours) {
        return plus(Math.multiplyExact(hours, 3600L), 0);
    }

    public Duration plusMinutes(long minutes) {
        return plus(Math.multiplyExact(minutes, 60L), 0);
    }

    public Duration plusSeconds(long s) {
        return plus(s, 0);
    }

    public Duration plusMillis(long ms) {
        return plus(ms / 1000, ms % 1000 * 1_000_000);
    }

    public Duration plusNanos(long ns) {
        return plus(0, ns);
    }

    public Duration minus(Duration d) {
        long s = d.seconds;
        int n = d.nanos;
        return s == Long.MIN_VALUE ? plus(Long.MAX_VALUE, -n).plus(1, 0) : plus(-s, -n);
    }

    public Duration minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public Duration minusDays(long days) {
        return days == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-days);
    }

    public Duration minusHours(long hours) {
        return hours == Long.MIN_VALUE ? plusHours(Long.MAX_VALUE).plusHours(1) : plusHours(-hours);
    }

    public Duration minusMinutes(long minutes) {
        return minutes == Long.MIN_VALUE ? plusMinutes(Long.MAX_VALUE).plusMinutes(1) : plusMinutes(-minutes);
    }

    public Duration minusSeconds(long s) {
        return s == Long.MIN_VALUE ? plusSeconds(Long.MAX_VALUE).plusSeconds(1) : plusSeconds(-s);
    }

    public Duration minusMillis(long ms) {
        return ms == Long.MIN_VALUE ? plusMillis(Long.MAX_VALUE).plusMillis(1) : plusMillis(-ms);
    }

    public Duration minusNanos(long ns) {
        return ns == Long.MIN_VALUE ? plusNanos(Long.MAX_VALUE).plusNanos(1) : plusNanos(-ns);
    }

    /** The exact length in nanoseconds, as a big integer (the JDK computes in BigDecimal seconds). */
    private BigInteger totalNanos() {
        return BigInteger.valueOf(seconds).multiply(BIG_NANOS).add(BigInteger.valueOf(nanos));
    }

    private static Duration ofTotalNanos(BigInteger total) {
        BigInteger[] qr = total.divideAndRemainder(BIG_NANOS);
        if (qr[0].bitLength() > 63) {
            throw new ArithmeticException("Exceeds capacity of Duration: " + total);
        }
        return ofSeconds(qr[0].longValue(), qr[1].longValue());
    }

    public Duration multipliedBy(long multiplicand) {
        if (multiplicand == 0) {
            return ZERO;
        }
        return multiplicand == 1 ? this : ofTotalNanos(totalNanos().multiply(BigInteger.valueOf(multiplicand)));
    }

    public Duration dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("Cannot divide by zero");
        }
        return divisor == 1 ? this : ofTotalNanos(totalNanos().divide(BigInteger.valueOf(divisor)));
    }

    public long dividedBy(Duration divisor) {
        BigInteger d = divisor.totalNanos();
        if (d.signum() == 0) {
            throw new ArithmeticException("Cannot divide by zero");
        }
        return totalNanos().divide(d).longValueExact();
    }

    /** Drops the parts smaller than unit (towards zero: a negative duration's fraction is dropped upwards). */
    public Duration truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.SECONDS && (seconds >= 0 || nanos == 0)) {
            return create(seconds, 0);
        }
        if (unit == ChronoUnit.NANOS) {
            return this;
        }
        long per = Check.truncationNanos(unit);
        long nod = (seconds % 86_400) * NANOS + nanos;
        return plusNanos(nod / per * per - nod);
    }

    public Duration negated() {
        return multipliedBy(-1);
    }

    public Duration abs() {
        return isNegative() ? negated() : this;
    }

    public long toDays() {
        return seconds / 86_400;
    }

    public long toHours() {
        return seconds / 3600;
    }

    public long toMinutes() {
        return seconds / 60;
    }

    public long toSeconds() {
        return seconds;
    }

    public long toMillis() {
        long s = seconds, n = nanos;
        if (s < 0) {   // count the negative part towards zero so that Long.MIN_VALUE millis fit
            s++;
            n -= NANOS;
        }
        return Math.addExact(Math.multiplyExact(s, 1000L), n / 1_000_000);
    }

    public long toNanos() {
        long s = seconds, n = nanos;
        if (s < 0) {
            s++;
            n -= NANOS;
        }
        return Math.addExact(Math.multiplyExact(s, NANOS), n);
    }

    public long toDaysPart() {
        return seconds / 86_400;
    }

    public int toHoursPart() {
        return (int) (toHours() % 24);
    }

    public int toMinutesPart() {
        return (int) (toMinutes() % 60);
    }

    public int toSecondsPart() {
        return (int) (seconds % 60);
    }

    public int toMillisPart() {
        return nanos / 1_000_000;
    }

    public int toNanosPart() {
        return nanos;
    }

    @Override
    public int compareTo(Duration other) {
        int c = Long.compare(seconds, other.seconds);
        return c != 0 ? c : nanos - other.nanos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Duration && ((Duration) o).seconds == seconds && ((Duration) o).nanos == nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    /** ISO-8601 "PTnHnMn.nS": hours, minutes and seconds that each carry the sign, zero parts left out. */
    @Override
    public String toString() {
        if (isZero()) {
            return "PT0S";
        }
        // a negative duration with a fraction: count whole seconds towards zero, the fraction is then negative
        boolean negFraction = seconds < 0 && nanos > 0;
        long whole = negFraction ? seconds + 1 : seconds;
        long hours = whole / 3600;
        int minutes = (int) (whole % 3600 / 60);
        int secs = (int) (whole % 60);
        StringBuilder b = new StringBuilder(24).append("PT");
        if (hours != 0) {
            b.append(hours).append('H');
        }
        if (minutes != 0) {
            b.append(minutes).append('M');
        }
        if (secs == 0 && nanos == 0 && b.length() > 2) {
            return b.toString();
        }
        b.append(negFraction && secs == 0 ? "-0" : Integer.toString(secs));
        if (nanos > 0) {
            long frac = negFraction ? NANOS - nanos : nanos;
            String digits = Long.toString(frac + NANOS).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits.substring(0, end));
        }
        return b.append('S').toString();
    }
}

package java.time.temporal;

import java.time.Duration;

/** A unit of time (ChronoUnit is the library's only one). */
public interface TemporalUnit {
    Duration getDuration();

    boolean isDurationEstimated();

    boolean isDateBased();

    boolean isTimeBased();

    /** Whether temporal can be moved by this unit. */
    default boolean isSupportedBy(Temporal temporal) {
        try {
            temporal.plus(1, this);
            return true;
        } catch (UnsupportedTemporalTypeException e) {
            return false;
        } catch (RuntimeException e) {
            return true;   // supported, but out of range
        }
    }

    <R extends Temporal> R addTo(R temporal, long amount);

    long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive);

    @Override
    String toString();
}

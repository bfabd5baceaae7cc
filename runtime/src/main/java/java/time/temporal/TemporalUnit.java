package java.time.temporal;

import java.time.Duration;

/** A unit of time (ChronoUnit is the library's only one). */
public interface TemporalUnit {
    Duration getDuration();

    boolean isDurationEstimated();

    boolean isDateBased();

    boolean isTimeBased();

    <R extends Temporal> R addTo(R temporal, long amount);

    long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive);

    @Override
    String toString();
}

package java.time.chrono;

import java.time.temporal.Temporal;

/** A date without time or zone; LocalDate (the ISO calendar) is the library's only one. */
public interface ChronoLocalDate extends Temporal, Comparable<ChronoLocalDate> {
    long toEpochDay();

    default boolean isLeapYear() {
        return false;
    }

    default int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    int lengthOfMonth();

    @Override
    default int compareTo(ChronoLocalDate other) {
        return Long.compare(toEpochDay(), other.toEpochDay());
    }

    default boolean isAfter(ChronoLocalDate other) {
        return toEpochDay() > other.toEpochDay();
    }

    default boolean isBefore(ChronoLocalDate other) {
        return toEpochDay() < other.toEpochDay();
    }

    default boolean isEqual(ChronoLocalDate other) {
        return toEpochDay() == other.toEpochDay();
    }
}

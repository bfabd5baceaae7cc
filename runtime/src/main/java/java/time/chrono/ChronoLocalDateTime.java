package java.time.chrono;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/** A date-time without zone; LocalDateTime is the library's only one. */
public interface ChronoLocalDateTime<D extends ChronoLocalDate> extends Temporal, Comparable<ChronoLocalDateTime<?>> {
    D toLocalDate();

    LocalTime toLocalTime();

    default long toEpochSecond(ZoneOffset offset) {
        return toLocalDate().toEpochDay() * 86_400L + toLocalTime().toSecondOfDay() - offset.getTotalSeconds();
    }

    default Instant toInstant(ZoneOffset offset) {
        return Instant.ofEpochSecond(toEpochSecond(offset), toLocalTime().getNano());
    }

    @Override
    default int compareTo(ChronoLocalDateTime<?> other) {
        int c = toLocalDate().compareTo(other.toLocalDate());
        return c != 0 ? c : toLocalTime().compareTo(other.toLocalTime());
    }

    default boolean isAfter(ChronoLocalDateTime<?> other) {
        return compareTo(other) > 0;
    }

    default boolean isBefore(ChronoLocalDateTime<?> other) {
        return compareTo(other) < 0;
    }

    default boolean isEqual(ChronoLocalDateTime<?> other) {
        return compareTo(other) == 0;
    }
}

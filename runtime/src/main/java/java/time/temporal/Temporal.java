package java.time.temporal;

/** A date/time object that can be moved by an amount of a unit and measured against another of its kind. */
public interface Temporal extends TemporalAccessor {
    /** This moved by {@code amount} of {@code unit}. */
    Temporal plus(long amountToAdd, TemporalUnit unit);

    /** This moved back by {@code amount} of {@code unit}. */
    default Temporal minus(long amountToSubtract, TemporalUnit unit) {
        return amountToSubtract == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amountToSubtract, unit);
    }

    /** How many whole {@code unit}s lie from this to {@code endExclusive} (negative if it is earlier). */
    long until(Temporal endExclusive, TemporalUnit unit);
}

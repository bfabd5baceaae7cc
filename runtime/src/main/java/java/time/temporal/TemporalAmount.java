package java.time.temporal;

/** An amount of time that can be added to a date/time object (Duration is the library's only one). */
public interface TemporalAmount {
    Temporal addTo(Temporal temporal);

    Temporal subtractFrom(Temporal temporal);
}

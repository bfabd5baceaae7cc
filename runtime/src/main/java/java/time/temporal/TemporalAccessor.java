package java.time.temporal;

/**
 * A read-only date/time object. In the OS2 library it only marks the types a DateTimeFormatter can format
 * (LocalDate, LocalTime, LocalDateTime, Instant); fields and queries are not provided (docs/JAVA-SUBSET.md).
 */
public interface TemporalAccessor {
}

package java.time;

/** The seven days of the ISO week, Monday (1) to Sunday (7). */
public enum DayOfWeek {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    private static final DayOfWeek[] ALL = values();

    public static DayOfWeek of(int dayOfWeek) {
        if (dayOfWeek < 1 || dayOfWeek > 7) {
            throw new DateTimeException("Invalid value for DayOfWeek: " + dayOfWeek);
        }
        return ALL[dayOfWeek - 1];
    }

    public int getValue() {
        return ordinal() + 1;
    }

    public DayOfWeek plus(long days) {
        return ALL[(int) ((ordinal() + (days % 7) + 7) % 7)];
    }

    public DayOfWeek minus(long days) {
        return plus(-(days % 7));
    }
}

package java.time;

/** The twelve months of the ISO calendar. */
public enum Month {
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER;

    private static final Month[] ALL = values();
    /** Days in each month of a common year. */
    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    public static Month of(int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        }
        return ALL[month - 1];
    }

    public int getValue() {
        return ordinal() + 1;
    }

    public Month plus(long months) {
        return ALL[(int) ((ordinal() + (months % 12) + 12) % 12)];
    }

    public Month minus(long months) {
        return plus(-(months % 12));
    }

    public int length(boolean leapYear) {
        return this == FEBRUARY && leapYear ? 29 : DAYS[ordinal()];
    }

    public int minLength() {
        return DAYS[ordinal()];
    }

    public int maxLength() {
        return this == FEBRUARY ? 29 : DAYS[ordinal()];
    }

    /** The day of the year (1-based) on which this month starts. */
    public int firstDayOfYear(boolean leapYear) {
        int day = 1;
        for (int i = 0; i < ordinal(); i++) {
            day += ALL[i].length(leapYear);
        }
        return day;
    }

    public Month firstMonthOfQuarter() {
        return ALL[ordinal() / 3 * 3];
    }
}

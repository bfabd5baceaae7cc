package java.time.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.UnsupportedTemporalTypeException;

/** The date and time fields a pattern can print or parse, with the JDK's names (ChronoField's). */
enum Field {
    ERA("Era", true), YEAR("Year", true), YEAR_OF_ERA("YearOfEra", true), MONTH("MonthOfYear", true),
    DAY("DayOfMonth", true), DAY_OF_YEAR("DayOfYear", true), DAY_OF_WEEK("DayOfWeek", true),
    AMPM("AmPmOfDay", false), HOUR_OF_DAY("HourOfDay", false), CLOCK_HOUR_OF_DAY("ClockHourOfDay", false),
    HOUR_OF_AMPM("HourOfAmPm", false), CLOCK_HOUR_OF_AMPM("ClockHourOfAmPm", false),
    MINUTE("MinuteOfHour", false), SECOND("SecondOfMinute", false), NANO("NanoOfSecond", false);

    final String display;
    final boolean dateBased;

    Field(String display, boolean dateBased) {
        this.display = display;
        this.dateBased = dateBased;
    }

    @Override
    public String toString() {
        return display;
    }

    /** The field's value in t, or the JDK's UnsupportedTemporalTypeException when t has no such field. */
    long get(TemporalAccessor t) {
        LocalDate d = null;
        LocalTime tm = null;
        if (t instanceof LocalDateTime) {
            d = ((LocalDateTime) t).toLocalDate();
            tm = ((LocalDateTime) t).toLocalTime();
        } else if (t instanceof LocalDate) {
            d = (LocalDate) t;
        } else if (t instanceof LocalTime) {
            tm = (LocalTime) t;
        } else if (t instanceof Instant && this == NANO) {
            return ((Instant) t).getNano();
        }
        if (dateBased ? d == null : tm == null) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + display);
        }
        switch (this) {
            case ERA: return d.getYear() >= 1 ? 1 : 0;
            case YEAR: return d.getYear();
            case YEAR_OF_ERA: return d.getYear() >= 1 ? d.getYear() : 1 - d.getYear();
            case MONTH: return d.getMonthValue();
            case DAY: return d.getDayOfMonth();
            case DAY_OF_YEAR: return d.getDayOfYear();
            case DAY_OF_WEEK: return d.getDayOfWeek().getValue();
            case AMPM: return tm.getHour() / 12;
            case HOUR_OF_DAY: return tm.getHour();
            case CLOCK_HOUR_OF_DAY: return tm.getHour() == 0 ? 24 : tm.getHour();
            case HOUR_OF_AMPM: return tm.getHour() % 12;
            case CLOCK_HOUR_OF_AMPM: return tm.getHour() % 12 == 0 ? 12 : tm.getHour() % 12;
            case MINUTE: return tm.getMinute();
            case SECOND: return tm.getSecond();
            default: return tm.getNano();
        }
    }

    /** English names: full, short and narrow forms of the text fields (the root/English locale's). */
    String[] names(int style) {
        String[] full;
        switch (this) {
            case MONTH:
                full = new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"};
                break;
            case DAY_OF_WEEK:
                full = new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
                break;
            case AMPM:
                return new String[] {"AM", "PM"};
            case ERA:
                full = style == FULL ? new String[] {"Before Christ", "Anno Domini"} : new String[] {"BC", "AD"};
                return style == NARROW ? new String[] {"B", "A"} : full;
            default:
                throw new IllegalStateException(display);
        }
        if (style == FULL) {
            return full;
        }
        String[] out = new String[full.length];
        for (int i = 0; i < full.length; i++) {
            out[i] = full[i].substring(0, style == SHORT ? 3 : 1);
        }
        return out;
    }

    /** The value of the first name (index 0 names value 0 for AMPM and ERA, 1 for months and days). */
    int firstValue() {
        return this == AMPM || this == ERA ? 0 : 1;
    }

    static final int FULL = 0;
    static final int SHORT = 1;
    static final int NARROW = 2;
}

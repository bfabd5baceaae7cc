package os2.user.prog;

/**
 * Calendar arithmetic for date, ls and uptime: seconds since 1970-01-01 UTC to the proleptic
 * Gregorian calendar (OS2 keeps UTC only; there are no time zones), and the C locale's names.
 */
final class Dates {
    private Dates() {
    }

    static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final long DAY = 86_400;
    /** 1970-01-01 was a Thursday. */
    private static final int EPOCH_WEEKDAY = 4;

    /** A broken-down UTC time. */
    record Civil(long year, int month, int day, int hour, int minute, int second, int weekday, int yearDay) {
    }

    /** seconds since the epoch as a calendar date and time. */
    static Civil civil(long seconds) {
        long days = Math.floorDiv(seconds, DAY);
        int secs = (int) Math.floorMod(seconds, DAY);
        // days to year/month/day with years starting in March (so the leap day is last): era of 400 years
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        int wd = (int) Math.floorMod(days + EPOCH_WEEKDAY, 7);
        int yday = (int) (days - daysFromCivil(y, 1, 1));
        return new Civil(y, m, d, secs / 3600, secs / 60 % 60, secs % 60, wd, yday);
    }

    /** Days since the epoch of y-m-d. */
    static long daysFromCivil(long y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    /** v right-aligned in width with spaces. */
    static String pad(String v, int width) {
        StringBuilder s = new StringBuilder();
        for (int i = v.length(); i < width; i++) {
            s.append(' ');
        }
        return s.append(v).toString();
    }
}

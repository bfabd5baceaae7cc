package java.time;

/**
 * A fixed offset from UTC, such as {@code +02:00}. The library has no time-zone rules (no ZoneId regions):
 * conversions between local date-times and instants take an offset (docs/JAVA-SUBSET.md).
 */
public final class ZoneOffset implements Comparable<ZoneOffset> {
    private static final int MAX_SECONDS = 18 * 3600;
    public static final ZoneOffset UTC = new ZoneOffset(0);
    public static final ZoneOffset MIN = new ZoneOffset(-MAX_SECONDS);
    public static final ZoneOffset MAX = new ZoneOffset(MAX_SECONDS);

    private final int totalSeconds;
    private final String id;

    private ZoneOffset(int totalSeconds) {
        this.totalSeconds = totalSeconds;
        this.id = buildId(totalSeconds);
    }

    private static String buildId(int total) {
        if (total == 0) {
            return "Z";
        }
        int abs = Math.abs(total);
        int h = abs / 3600, m = abs / 60 % 60, s = abs % 60;
        StringBuilder b = new StringBuilder(9).append(total < 0 ? '-' : '+');
        b.append(h < 10 ? "0" : "").append(h).append(m < 10 ? ":0" : ":").append(m);
        if (s != 0) {
            b.append(s < 10 ? ":0" : ":").append(s);
        }
        return b.toString();
    }

    public static ZoneOffset ofTotalSeconds(int totalSeconds) {
        if (totalSeconds < -MAX_SECONDS || totalSeconds > MAX_SECONDS) {
            throw new DateTimeException("Zone offset not in valid range: -18:00 to +18:00");
        }
        return totalSeconds == 0 ? UTC : new ZoneOffset(totalSeconds);
    }

    public static ZoneOffset ofHours(int hours) {
        return ofHoursMinutesSeconds(hours, 0, 0);
    }

    public static ZoneOffset ofHoursMinutes(int hours, int minutes) {
        return ofHoursMinutesSeconds(hours, minutes, 0);
    }

    public static ZoneOffset ofHoursMinutesSeconds(int hours, int minutes, int seconds) {
        if (hours < -18 || hours > 18) {
            throw new DateTimeException("Zone offset hours not in valid range: value " + hours + " is not in the range -18 to 18");
        }
        if (hours > 0 && (minutes < 0 || seconds < 0)) {
            throw new DateTimeException("Zone offset minutes and seconds must be positive because hours is positive");
        }
        if (hours < 0 && (minutes > 0 || seconds > 0)) {
            throw new DateTimeException("Zone offset minutes and seconds must be negative because hours is negative");
        }
        if (minutes < -59 || minutes > 59) {
            throw new DateTimeException("Zone offset minutes not in valid range: value " + minutes + " is not in the range -59 to 59");
        }
        if (seconds < -59 || seconds > 59) {
            throw new DateTimeException("Zone offset seconds not in valid range: value " + seconds + " is not in the range -59 to 59");
        }
        return ofTotalSeconds(hours * 3600 + minutes * 60 + seconds);
    }

    public int getTotalSeconds() {
        return totalSeconds;
    }

    public String getId() {
        return id;
    }

    @Override
    public int compareTo(ZoneOffset other) {
        return other.totalSeconds - totalSeconds;   // the JDK orders the greatest offset first
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneOffset && ((ZoneOffset) o).totalSeconds == totalSeconds;
    }

    @Override
    public int hashCode() {
        return totalSeconds;
    }

    @Override
    public String toString() {
        return id;
    }
}

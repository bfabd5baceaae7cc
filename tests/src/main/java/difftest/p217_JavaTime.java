package difftest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** java.time basics: Duration, Instant, LocalDate/LocalTime/LocalDateTime, ChronoUnit, DateTimeFormatter. */
public class p217_JavaTime {
    static long seed = 42;

    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed ^ (seed >>> 29);
    }

    static void show(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (DateTimeParseException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage() + " @" + e.getErrorIndex());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        durations();
        instants();
        dates();
        times();
        formatting();
        parsing();
        sweep();
        clock();
    }

    static void durations() {
        long[] ms = {0, 1, -1, 999, -999, 1000, -1500, 59_999, 3_600_000, -3_600_001, 90_061_001, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long m : ms) {
            Duration d = Duration.ofMillis(m);
            System.out.println(d + " " + d.getSeconds() + " " + d.getNano() + " " + d.toMillis() + " " + d.toMinutes() + " "
                    + d.toHoursPart() + " " + d.toMinutesPart() + " " + d.toSecondsPart() + " " + d.toMillisPart() + " "
                    + d.isNegative() + " " + d.negated() + " " + d.abs() + " " + d.hashCode());
        }
        Duration d = Duration.ofHours(25).plusMinutes(61).plusSeconds(-3).plusNanos(7);
        System.out.println(d + " " + d.toDays() + " " + d.toDaysPart() + " " + d.toNanos() + " " + d.multipliedBy(-3)
                + " " + d.dividedBy(7) + " " + d.dividedBy(Duration.ofMinutes(7)) + " " + d.minus(Duration.ofDays(2)));
        System.out.println(Duration.ofSeconds(5, -1) + " " + Duration.ofSeconds(-5, 1) + " " + Duration.ofNanos(-1) + " "
                + Duration.ofDays(-1).plusNanos(1) + " " + Duration.of(3, ChronoUnit.HALF_DAYS) + " " + Duration.ZERO
                + " " + Duration.ofMinutes(90).compareTo(Duration.ofHours(1)) + " " + Duration.ofSeconds(60).equals(Duration.ofMinutes(1)));
        ChronoUnit[] units = {ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.SECONDS, ChronoUnit.MINUTES,
            ChronoUnit.HOURS, ChronoUnit.HALF_DAYS, ChronoUnit.DAYS, ChronoUnit.WEEKS};
        Duration neg = Duration.ofSeconds(-90_061, 123_456_789);
        Instant ti = Instant.ofEpochSecond(-90_061, 123_456_789);
        LocalDateTime tl = LocalDateTime.of(2024, 5, 6, 13, 47, 59, 123_456_789);
        for (ChronoUnit u : units) {
            show("truncate " + u, () -> d.truncatedTo(u) + " " + neg.truncatedTo(u) + " " + ti.truncatedTo(u) + " "
                    + tl.truncatedTo(u) + " " + tl.toLocalTime().truncatedTo(u));
        }
        show("div0", () -> Duration.ofSeconds(1).dividedBy(0));
        show("months", () -> Duration.of(1, ChronoUnit.MONTHS));
        show("overflow", () -> Duration.ofSeconds(Long.MAX_VALUE).plusSeconds(1));
        show("between", () -> Duration.between(LocalTime.of(10, 0), LocalTime.of(8, 30, 0, 5)));
        show("between2", () -> Duration.between(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 3, 1, 12, 0, 1)));
        show("betweenDates", () -> Duration.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)));
    }

    static void instants() {
        long[] secs = {0, 1, -1, 86_399, 951_782_400L, 1_700_000_000L, 253_402_300_799L, 253_402_300_800L, -62_135_596_800L,
            -62_167_219_200L, -62_167_219_201L};
        int[] nanos = {0, 1, 1000, 1_000_000, 123_456_789, 500_000_000};
        for (int i = 0; i < secs.length; i++) {
            Instant t = Instant.ofEpochSecond(secs[i], nanos[i % nanos.length]);
            System.out.println(t + " " + t.getEpochSecond() + " " + t.getNano() + " " + t.toEpochMilli() + " " + t.hashCode()
                    + " " + t.plusMillis(1500) + " " + t.minusNanos(2) + " " + Instant.parse(t.toString()).equals(t));
        }
        Instant a = Instant.ofEpochMilli(-1), b = Instant.ofEpochSecond(3, -5);
        System.out.println(a + " " + b + " " + a.isBefore(b) + " " + a.compareTo(b) + " " + a.until(b, ChronoUnit.MILLIS)
                + " " + ChronoUnit.MICROS.between(a, b) + " " + ChronoUnit.SECONDS.between(b, a) + " " + Duration.between(a, b)
                + " " + a.plus(Duration.ofDays(1)) + " " + a.plus(3, ChronoUnit.HOURS) + " " + Instant.EPOCH);
        show("instant parse", () -> Instant.parse("2024-02-29T12:34:56.789Z"));
        show("instant parse bad", () -> Instant.parse("2024-02-29T12:34Z"));
        show("instant weeks", () -> a.plus(1, ChronoUnit.WEEKS));
        show("instant max", () -> Instant.MAX.plusSeconds(1));
    }

    static void dates() {
        LocalDate d = LocalDate.of(2024, 2, 29);
        System.out.println(d + " " + d.getDayOfWeek() + " " + d.getDayOfYear() + " " + d.isLeapYear() + " " + d.lengthOfMonth()
                + " " + d.plusYears(1) + " " + d.plusMonths(12) + " " + d.minusMonths(1) + " " + d.plusDays(366) + " "
                + d.plusWeeks(-9) + " " + d.withDayOfMonth(1) + " " + d.withMonth(4) + " " + d.withDayOfYear(1) + " "
                + d.toEpochDay() + " " + d.hashCode() + " " + d.getMonth() + " " + d.atStartOfDay() + " " + d.atTime(7, 5));
        LocalDate e = LocalDate.of(1999, Month.DECEMBER, 31);
        System.out.println(e.until(d, ChronoUnit.DAYS) + " " + ChronoUnit.MONTHS.between(e, d) + " " + ChronoUnit.YEARS.between(d, e)
                + " " + ChronoUnit.WEEKS.between(e, d) + " " + ChronoUnit.DECADES.between(e, d) + " " + e.compareTo(d) + " "
                + d.isAfter(e) + " " + e.isEqual(LocalDate.ofEpochDay(e.toEpochDay())) + " " + LocalDate.ofYearDay(2023, 365)
                + " " + LocalDate.EPOCH + " " + LocalDate.MIN + " " + LocalDate.MAX + " " + LocalDate.of(-5, 1, 1) + " "
                + LocalDate.of(12345, 6, 7) + " " + e.plus(2, ChronoUnit.CENTURIES) + " " + DayOfWeek.SUNDAY.plus(8) + " "
                + Month.JANUARY.minus(13) + " " + Month.FEBRUARY.length(false) + " " + Month.MARCH.firstDayOfYear(true));
        show("feb30", () -> LocalDate.of(2023, 2, 30));
        show("feb29", () -> LocalDate.of(2023, 2, 29));
        show("month13", () -> LocalDate.of(2023, 13, 1));
        show("day0", () -> LocalDate.of(2023, 1, 0));
        show("year", () -> LocalDate.of(1_000_000_000, 1, 1));
        show("doy366", () -> LocalDate.ofYearDay(2023, 366));
        show("month.of", () -> Month.of(0));
        show("dow.of", () -> DayOfWeek.of(8));
        show("hours", () -> d.plus(1, ChronoUnit.HOURS));
        show("untilHours", () -> d.until(e, ChronoUnit.HOURS));
        show("epochDay", () -> LocalDate.ofEpochDay(Long.MAX_VALUE));
    }

    static void times() {
        LocalTime t = LocalTime.of(23, 59, 59, 999_000_000);
        System.out.println(t + " " + t.plusNanos(1_000_000) + " " + t.plusHours(-25) + " " + t.minusMinutes(1441) + " "
                + t.withNano(0) + " " + t.toSecondOfDay() + " " + t.toNanoOfDay() + " " + LocalTime.of(1, 2) + " "
                + LocalTime.of(1, 2, 3) + " " + LocalTime.of(1, 2, 3, 4) + " " + LocalTime.of(1, 2, 0, 40_000) + " "
                + LocalTime.NOON + " " + LocalTime.MIDNIGHT + " " + LocalTime.MAX + " " + LocalTime.ofSecondOfDay(3661) + " "
                + t.hashCode() + " " + ChronoUnit.MINUTES.between(LocalTime.NOON, t) + " " + t.isAfter(LocalTime.NOON));
        LocalDateTime dt = LocalDateTime.of(2023, 12, 31, 23, 30, 15, 1);
        System.out.println(dt + " " + dt.plusMinutes(30) + " " + dt.plusHours(-48) + " " + dt.plusSeconds(86_400 * 400L + 5)
                + " " + dt.minusNanos(2) + " " + dt.plusMonths(2) + " " + dt.toEpochSecond(ZoneOffset.UTC) + " "
                + dt.toEpochSecond(ZoneOffset.ofHours(2)) + " " + dt.toInstant(ZoneOffset.ofHoursMinutes(-5, -30)) + " "
                + LocalDateTime.ofEpochSecond(0, 5, ZoneOffset.ofHours(-1)) + " " + dt.getDayOfWeek() + " " + dt.hashCode()
                + " " + ChronoUnit.DAYS.between(dt, dt.plusDays(3).minusNanos(1)) + " " + ChronoUnit.HOURS.between(dt.plusDays(3), dt)
                + " " + ChronoUnit.MONTHS.between(dt, LocalDateTime.of(2024, 2, 29, 23, 30, 15)) + " " + dt.withHour(0)
                + " " + ZoneOffset.ofHoursMinutesSeconds(-1, -2, -3) + " " + ZoneOffset.UTC);
        show("hour24", () -> LocalTime.of(24, 0));
        show("nano", () -> LocalTime.of(0, 0, 0, -1));
        show("days", () -> LocalTime.NOON.plus(1, ChronoUnit.DAYS));
        show("offset", () -> ZoneOffset.ofHours(19));
    }

    static void formatting() {
        LocalDateTime dt = LocalDateTime.of(2024, 3, 5, 7, 8, 9, 120_000_000);
        String[] patterns = {"yyyy-MM-dd HH:mm:ss", "dd/MM/yy", "d MMM uuuu", "EEEE, MMMM d, y", "E MMMMM", "h:mm a", "K:m:s",
            "kk", "yyyyMMddHHmmss", "HH:mm:ss.SSS", "HH:mm:ss.SSSSSS", "'Date:' yyyy-MM-dd'T'HH:mm", "''yy''", "D DDD",
            "G GGGG GGGGG yyy", "[yyyy][ HH]", "yyyy-MM-dd[ HH:mm]", "uuuu.MM.dd n"};
        for (String p : patterns) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(p);
            show("fmt " + p, () -> dt.format(f) + " | " + dt.toLocalDate().format(f));
        }
        LocalDateTime[] values = {dt, LocalDateTime.of(-44, 3, 15, 0, 0), LocalDateTime.of(12024, 12, 31, 12, 0, 0, 1),
            LocalDateTime.of(5, 1, 1, 23, 59, 59, 999_999_999)};
        for (LocalDateTime v : values) {
            System.out.println(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(v) + " " + DateTimeFormatter.ISO_LOCAL_DATE.format(v)
                    + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(v) + " " + DateTimeFormatter.ISO_DATE.format(v.toLocalDate())
                    + " " + DateTimeFormatter.BASIC_ISO_DATE.format(v.toLocalDate().withYear(Math.abs(v.getYear()) % 10000))
                    + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(v.toLocalTime().withNano(0))
                    + " " + DateTimeFormatter.ofPattern("yyyy uuuu yy G").format(v));
        }
        System.out.println(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(1_000_000_000L, 10)));
        show("fmt time of date", () -> LocalDate.of(2024, 1, 1).format(DateTimeFormatter.ofPattern("HH:mm")));
        show("fmt instant pattern", () -> DateTimeFormatter.ofPattern("yyyy").format(Instant.EPOCH));
        show("fmt iso instant ldt", () -> DateTimeFormatter.ISO_INSTANT.format(dt));
        show("fmt iso date time", () -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dt.toLocalDate()));
        show("fmt unknown", () -> DateTimeFormatter.ofPattern("yyyy-ll"));
        show("fmt too many", () -> DateTimeFormatter.ofPattern("ddd"));
        show("fmt quote", () -> DateTimeFormatter.ofPattern("yyyy 'abc"));
        show("fmt reserved", () -> DateTimeFormatter.ofPattern("yyyy#"));
        show("fmt bracket", () -> DateTimeFormatter.ofPattern("yyyy]"));
        show("fmt width", () -> LocalDate.of(12345, 1, 1).format(DateTimeFormatter.ofPattern("MM/dd/y")));
    }

    static void parsing() {
        String[] dates = {"2024-03-05", "2023-02-29", "2024-02-30", "2023-04-31", "2023-13-01", "2023-01-32", "2024-3-05",
            "+12345-01-01", "-0044-03-15", "20240305", "2024-03-05x", "", "2024-03-05T10:00"};
        for (String s : dates) {
            show("date " + s, () -> LocalDate.parse(s));
        }
        String[] times = {"10:15", "10:15:30", "10:15:30.5", "10:15:30.123456789", "10:15:30.1234567891", "24:00", "7:15",
            "10:15:60", "10:15:"};
        for (String s : times) {
            show("time " + s, () -> LocalTime.parse(s));
        }
        String[] dts = {"2024-03-05T10:15:30", "2024-03-05t10:15", "2024-03-05 10:15", "2024-03-05"};
        for (String s : dts) {
            show("datetime " + s, () -> LocalDateTime.parse(s));
        }
        String[][] custom = {{"yyyy-MM-dd HH:mm:ss", "2024-03-05 07:08:09"}, {"dd/MM/yyyy", "05/03/2024"},
            {"d MMM uuuu", "5 Mar 2024"}, {"d MMMM uuuu", "17 September 1999"}, {"yyyyMMdd", "20240305"},
            {"yyyyMMddHHmm", "202403051230"}, {"h:mm a, dd.MM.yy", "7:30 PM, 01.02.03"}, {"EEE, d MMM yyyy", "Tue, 5 Mar 2024"},
            {"EEE, d MMM yyyy", "Wed, 5 Mar 2024"}, {"dd/MM/yyyy", "5/3/2024"}, {"yyyy-MM-dd[ HH:mm]", "2024-03-05 10:20"},
            {"yyyy-MM-dd[ HH:mm]", "2024-03-05"}, {"yyyy-MM-dd HH", "2024-03-05 10"}, {"d MMM uuuu", "5 mar 2024"},
            {"yyyy-DDD", "2024-060"}, {"yyyy-MM-dd HH:mm:ss.SSS", "2024-03-05 07:08:09.120"}};
        for (String[] c : custom) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(c[0]);
            show("parse " + c[0] + " " + c[1], () -> LocalDate.parse(c[1], f) + " / " + dateTimeOrNot(c[1], f));
        }
    }

    static String dateTimeOrNot(String s, DateTimeFormatter f) {
        try {
            return LocalDateTime.parse(s, f).toString();
        } catch (DateTimeParseException e) {
            return "no datetime: " + e.getMessage();
        }
    }

    /** Random dates and date-times: epoch days, fields, arithmetic and text round trips agree with the JDK. */
    static void sweep() {
        long h = 0;
        DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS EEE D");
        for (int i = 0; i < 20000; i++) {
            long day = next() % 4_000_000;
            LocalDate d = LocalDate.ofEpochDay(day);
            long nod = Math.floorMod(next(), 86_400_000_000_000L);
            LocalDateTime dt = LocalDateTime.of(d, LocalTime.ofNanoOfDay(nod));
            int months = (int) (next() % 1000);
            LocalDate p = d.plusMonths(months);
            h = h * 31 + d.toString().hashCode();
            h = h * 31 + dt.toString().hashCode();
            h = h * 31 + p.hashCode() + d.getDayOfWeek().ordinal() + d.getDayOfYear();
            h = h * 31 + d.until(p, ChronoUnit.MONTHS) + ChronoUnit.YEARS.between(p, d) + ChronoUnit.WEEKS.between(d, p);
            if (d.getYear() >= 0 && d.getYear() <= 9999) {
                h = h * 31 + dt.format(f).hashCode();
                if (!LocalDateTime.parse(dt.toString()).equals(dt)) {
                    System.out.println("round trip failed: " + dt);
                }
            }
            Instant t = Instant.ofEpochSecond(next() % 300_000_000_000L, Math.floorMod(next(), 1_000_000_000L));
            h = h * 31 + t.toString().hashCode() + Duration.ofSeconds(next() % 10_000_000, next() % 2_000_000_000).toString().hashCode();
        }
        System.out.println("sweep hash " + Long.toHexString(h));
    }

    /** The clock: Instant.now and LocalDate/LocalDateTime.now agree with System.currentTimeMillis (in UTC on OS2; the JVM uses TZ). */
    static void clock() {
        long before = System.currentTimeMillis();
        Instant now = Instant.now();
        long after = System.currentTimeMillis();
        System.out.println("now in range " + (now.toEpochMilli() >= before && now.toEpochMilli() <= after));
        LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(before, 86_400_000L));
        LocalDate nowDate = LocalDate.now();
        System.out.println("today " + (Math.abs(nowDate.toEpochDay() - today.toEpochDay()) <= 1));
        long ldt = LocalDateTime.now().toEpochSecond(ZoneOffset.UTC);
        System.out.println("now date-time in UTC " + (ldt >= before / 1000 && ldt <= System.currentTimeMillis() / 1000));
    }
}

package os2.netbench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guest's counters at one moment, read under {@code -icount shift=0,sleep=off}: busy
 * virtual nanoseconds (= guest instructions executed: one instruction per virtual ns,
 * while the time skipped when the CPU halts is left out), frames in and out, and system
 * calls (OS2 only; -1 for Linux). The difference of two samples, divided by requests or
 * MiB, is the benchmark's instruction figure.
 */
record Counters(long busyNs, long framesIn, long framesOut, long syscalls) {
    /** Linux's USER_HZ: /proc/stat counts in 1/100 s. */
    static final long LINUX_TICK_NS = 10_000_000L;
    /** /proc/stat's first field that repeats time already counted (guest, guest_nice). */
    static final int GUEST_FIELD = 8;

    /** From OS2's /status.json: busy = tsc - tsc_idle. */
    static Counters fromOs2Json(String json) {
        long tsc = number(json, "tsc");
        long idle = number(json, "tsc_idle");
        return new Counters(tsc - idle, number(json, "net_frames_in"), number(json, "net_frames_out"),
                number(json, "syscalls"));
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?\\d+)[,}]").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no \"" + key + "\" in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * From Linux's {@code head -1 /proc/stat} and {@code grep eth0 /proc/net/dev}: busy =
     * every CPU-time field but idle and iowait, in USER_HZ ticks (10 virtual ms, so about
     * ten million instructions each: long runs keep the rounding small).
     */
    static Counters fromLinux(String procStat, String procNetDev) {
        Matcher cpu = Pattern.compile("(?m)^cpu\\s+([0-9 ]+)$").matcher(procStat);
        if (!cpu.find()) {
            throw new IllegalArgumentException("no cpu line in " + procStat);
        }
        String[] f = cpu.group(1).trim().split("\\s+");
        long busy = 0;
        for (int i = 0; i < f.length; i++) {
            if (i < GUEST_FIELD && i != 3 && i != 4) {   // idle, iowait; guest time is in user already
                busy += Long.parseLong(f[i]);
            }
        }
        Matcher dev = Pattern.compile("(?m)^\\s*eth0:\\s*([0-9 ]+)$").matcher(procNetDev);
        if (!dev.find()) {
            throw new IllegalArgumentException("no eth0 in " + procNetDev);
        }
        String[] d = dev.group(1).trim().split("\\s+");
        return new Counters(busy * LINUX_TICK_NS, Long.parseLong(d[1]), Long.parseLong(d[9]), -1);
    }

    /** This sample minus an earlier one. */
    Counters minus(Counters before) {
        return new Counters(busyNs - before.busyNs, framesIn - before.framesIn, framesOut - before.framesOut,
                syscalls < 0 ? -1 : syscalls - before.syscalls);
    }
}

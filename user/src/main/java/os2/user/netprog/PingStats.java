package os2.user.netprog;

/**
 * What ping prints, in the form of Linux's iputils ping: the header, a line per reply or
 * timeout, and the summary with loss and min/avg/max/mdev round-trip times. Times are
 * nanoseconds in, milliseconds with three decimals out.
 */
public final class PingStats {
    private final String target;
    private int transmitted;
    private int received;
    private long min = Long.MAX_VALUE;
    private long max;
    private long sum;
    /** Sum of squared round trips in µs² (µs keeps it within a long for any plausible count). */
    private long sumSquaresMicros;

    /** Statistics for pings to target (as the user named it and its address). */
    public PingStats(String target) {
        this.target = target;
    }

    /** "PING name (ip) N(M) bytes of data." (M adds the ICMP and IPv4 headers). */
    public static String header(String name, String ip, int dataBytes) {
        return "PING " + name + " (" + ip + ") " + dataBytes + "(" + (dataBytes + 28) + ") bytes of data.";
    }

    /** One echo request went out. */
    public void sent() {
        transmitted++;
    }

    /** A reply: its line, "N bytes from IP: icmp_seq=S time=T ms" (N counts the ICMP header). */
    public String reply(String from, int seq, int dataBytes, long rttNanos) {
        received++;
        min = Math.min(min, rttNanos);
        max = Math.max(max, rttNanos);
        sum += rttNanos;
        long us = rttNanos / 1000;
        sumSquaresMicros += us * us;
        return (dataBytes + 8) + " bytes from " + from + ": icmp_seq=" + seq + " time=" + millis(rttNanos) + " ms";
    }

    /** No reply for seq: its line. */
    public String timeout(int seq) {
        return "no answer yet for icmp_seq=" + seq;
    }

    public int transmitted() {
        return transmitted;
    }

    public int received() {
        return received;
    }

    /** The summary lines; elapsedNanos is the time from the first request to the end. */
    public String summary(long elapsedNanos) {
        int loss = transmitted == 0 ? 0 : (int) ((transmitted - received) * 100L / transmitted);
        StringBuilder s = new StringBuilder();
        s.append("--- ").append(target).append(" ping statistics ---\n");
        s.append(transmitted).append(" packets transmitted, ").append(received).append(" received, ")
                .append(loss).append("% packet loss, time ").append(elapsedNanos / 1_000_000).append("ms\n");
        if (received > 0) {
            long avg = sum / received;
            long avgUs = avg / 1000;
            long var = sumSquaresMicros / received - avgUs * avgUs;
            long mdev = (long) Math.sqrt(Math.max(0, var)) * 1000;
            s.append("rtt min/avg/max/mdev = ").append(millis(min)).append('/').append(millis(avg)).append('/')
                    .append(millis(max)).append('/').append(millis(mdev)).append(" ms\n");
        }
        return s.toString();
    }

    /** Nanoseconds as milliseconds with three decimals ("0.250"). */
    public static String millis(long nanos) {
        long us = nanos / 1000;
        long frac = us % 1000;
        return us / 1000 + "." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + frac;
    }
}

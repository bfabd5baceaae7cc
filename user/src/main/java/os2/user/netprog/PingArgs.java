package os2.user.netprog;

/** ping's command line: {@code ping [-c COUNT] [-i SECONDS] [-s SIZE] [-W SECONDS] HOST}. */
public record PingArgs(String host, int count, int intervalMs, int size, int timeoutMs, boolean help) {
    /** Data bytes per request by default (as Linux: 64-byte ICMP messages). */
    public static final int DEFAULT_SIZE = 56;
    /** Largest data size accepted (one Ethernet frame's worth; larger would be fragmented). */
    public static final int MAX_SIZE = 1472;
    /** Fastest interval allowed (as Linux for unprivileged users). */
    public static final int MIN_INTERVAL_MS = 200;

    public static final String USAGE = "usage: ping [-c COUNT] [-i SECONDS] [-s SIZE] [-W SECONDS] HOST\n"
            + "Sends ICMP echo requests to HOST (an IPv4 address or a name) and prints each reply\n"
            + "with its round-trip time, then loss and min/avg/max/mdev.\n"
            + "  -c COUNT    stop after COUNT requests (default: until interrupted)\n"
            + "  -i SECONDS  wait between requests (default 1, at least 0.2)\n"
            + "  -s SIZE     data bytes per request (default 56, at most 1472)\n"
            + "  -W SECONDS  how long to wait for the last reply (default 2)\n"
            + "Exit status: 0 if a reply came, 1 if none did, 2 on errors.\n";

    /** Parses args; a {@link Usage} for anything wrong. */
    public static PingArgs parse(String[] args) {
        String host = null;
        int count = 0;
        int interval = 1000;
        int size = DEFAULT_SIZE;
        int timeout = 2000;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return new PingArgs(null, 0, 0, 0, 0, true);
            }
            if (a.equals("-c") || a.equals("-i") || a.equals("-s") || a.equals("-W")) {
                if (i + 1 >= args.length) {
                    throw new Usage("option " + a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "-c": count = Usage.number("-c", v, 1, 1_000_000); break;
                    case "-i": interval = Usage.millis("-i", v, MIN_INTERVAL_MS, 3_600_000); break;
                    case "-s": size = Usage.number("-s", v, 0, MAX_SIZE); break;
                    default: timeout = Usage.millis("-W", v, 1, 60_000); break;
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new Usage("unknown option " + a);
            } else if (host == null) {
                host = a;
            } else {
                throw new Usage("only one HOST, got '" + host + "' and '" + a + "'");
            }
        }
        if (host == null) {
            throw new Usage("no HOST given");
        }
        return new PingArgs(host, count, interval, size, timeout, false);
    }
}

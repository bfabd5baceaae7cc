package os2.kernel.net;

/**
 * A DNS stub resolver (RFC 1035) for A records: recursive queries over UDP to the
 * configured server, {@link #TIMEOUT_MS} per try, {@link #TRIES} tries, random 16-bit
 * query ids and an ephemeral port, answers matched by id, server address and port, and
 * question. Not implemented: TCP fallback for truncated answers (reported as a failure),
 * AAAA, caching, search domains.
 */
public final class Dns {
    public static final int MAX_PENDING = 8;
    public static final long TIMEOUT_MS = 2_000;
    public static final int TRIES = 3;
    static final int PORT = 53;

    private final NetStack stack;
    private final Udp udp;
    private final String[] names = new String[MAX_PENDING];
    private final int[] ids = new int[MAX_PENDING];
    private final DnsListener[] listeners = new DnsListener[MAX_PENDING];
    private final long[] deadline = new long[MAX_PENDING];
    private final int[] tries = new int[MAX_PENDING];
    private final byte[] buf = new byte[512];
    private final DnsMessage msg = DnsMessage.create();
    private final StringBuilder scratch = new StringBuilder();
    private int port;
    private long idState;

    Dns(NetStack stack, Udp udp) {
        this.stack = stack;
        this.udp = udp;
        idState = stack.now() ^ Bytes.be32(stack.mac, 2);
    }

    /**
     * Looks up name's IPv4 address; the listener hears the result (at once for a
     * dotted-quad name). IllegalArgumentException for a malformed name,
     * IllegalStateException when {@link #MAX_PENDING} lookups are in progress.
     */
    public void resolve(String name, DnsListener listener) {
        try {
            listener.onResolved(name, Ip4.parse(name));
            return;
        } catch (IllegalArgumentException notNumeric) {
            // a host name: query the server
        }
        if (!DnsMessage.validName(name)) {
            throw new IllegalArgumentException("not a valid host name: \"" + name + "\"");
        }
        int slot = -1;
        for (int i = 0; i < MAX_PENDING && slot < 0; i++) {
            slot = listeners[i] == null ? i : -1;
        }
        if (slot < 0) {
            throw new IllegalStateException("too many DNS lookups in progress");
        }
        if (port == 0) {
            port = udp.bind(0, this::onDatagram);
        }
        names[slot] = name;
        listeners[slot] = listener;
        tries[slot] = 0;
        query(slot);
    }

    private void query(int slot) {
        idState = idState * 6364136223846793005L + 1442695040888963407L;
        ids[slot] = (int) (idState >>> 40) & 0xffff;
        tries[slot]++;
        deadline[slot] = stack.now() + TIMEOUT_MS;
        if (stack.dnsServer == 0) {
            fail(slot, "no DNS server configured");
            return;
        }
        int len = DnsMessage.query(buf, ids[slot], names[slot]);
        udp.sendTo(port, stack.dnsServer, PORT, buf, 0, len);
    }

    private void fail(int slot, String reason) {
        DnsListener l = listeners[slot];
        String name = names[slot];
        listeners[slot] = null;
        names[slot] = null;
        l.onFailed(name, reason);
    }

    void onDatagram(int src, int srcPort, int dstPort, byte[] b, int off, int len) {
        if (src != stack.dnsServer || srcPort != PORT || len < 12 || len > buf.length) {
            stack.stats.drop(Drop.DNS_UNEXPECTED);
            return;
        }
        int id = Bytes.be16(b, off);
        int slot = -1;
        for (int i = 0; i < MAX_PENDING && slot < 0; i++) {
            slot = listeners[i] != null && ids[i] == id ? i : -1;
        }
        if (slot < 0) {
            stack.stats.drop(Drop.DNS_UNEXPECTED);
            return;
        }
        System.arraycopy(b, off, buf, 0, len);
        if (!msg.parse(buf, len, names[slot], scratch)) {
            stack.stats.drop(Drop.DNS_MALFORMED);   // keep waiting: a forged answer must not end the lookup
            return;
        }
        if (msg.truncated) {
            fail(slot, "answer truncated (TCP fallback not implemented)");
        } else if (msg.rcode == 3) {
            fail(slot, "no such name");
        } else if (msg.rcode != 0) {
            fail(slot, "server error " + msg.rcode);
        } else if (msg.address == 0) {
            fail(slot, "no A record");
        } else {
            DnsListener l = listeners[slot];
            String name = names[slot];
            listeners[slot] = null;
            names[slot] = null;
            l.onResolved(name, msg.address);
        }
    }

    void tick(long now) {
        for (int i = 0; i < MAX_PENDING; i++) {
            if (listeners[i] != null && now >= deadline[i]) {
                if (tries[i] >= TRIES) {
                    fail(i, "timed out");
                } else {
                    query(i);
                }
            }
        }
    }

    long nextDeadline() {
        long d = Long.MAX_VALUE;
        for (int i = 0; i < MAX_PENDING; i++) {
            if (listeners[i] != null) {
                d = Math.min(d, deadline[i]);
            }
        }
        return d;
    }
}

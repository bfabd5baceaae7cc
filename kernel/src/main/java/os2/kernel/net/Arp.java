package os2.kernel.net;

/**
 * ARP for IPv4 over Ethernet (RFC 826): a fixed-size cache whose entries expire, a
 * bounded queue of frames waiting for a resolution, requests retried a few times, and
 * replies to requests for our address. The cache takes a sender's mapping only when it
 * already has an entry for it or the packet is addressed to us (RFC 826's merge rule),
 * so that broadcast chatter cannot fill it.
 */
public final class Arp {
    /** Cache entries. */
    public static final int CACHE_SIZE = 64;
    /** How long a resolved entry is trusted. */
    public static final long ENTRY_TTL_MS = 60_000;
    /** Interval between requests for an unresolved address. */
    public static final long RETRY_MS = 1_000;
    /** Requests sent before giving up (and dropping the queued frames). */
    public static final int MAX_TRIES = 3;
    /** Frames waiting for any resolution, in total; and per address. */
    public static final int QUEUE_TOTAL = 16;
    public static final int QUEUE_PER_ADDRESS = 4;

    private static final int FREE = 0;
    private static final int INCOMPLETE = 1;
    private static final int RESOLVED = 2;
    private static final byte[] BROADCAST_MAC = {-1, -1, -1, -1, -1, -1};

    private final NetStack stack;
    private final int[] ips = new int[CACHE_SIZE];
    private final byte[] macs = new byte[CACHE_SIZE * 6];
    private final int[] state = new int[CACHE_SIZE];
    private final long[] deadline = new long[CACHE_SIZE];   // expiry or next retry
    private final int[] tries = new int[CACHE_SIZE];
    private final byte[][] queued = new byte[QUEUE_TOTAL][];
    private final int[] queuedLen = new int[QUEUE_TOTAL];
    private final int[] queuedIp = new int[QUEUE_TOTAL];
    private final byte[] frame = new byte[NetStack.ETH_HEADER + 28];

    Arp(NetStack stack) {
        this.stack = stack;
    }

    void receive(byte[] f, int off, int len) {
        if (len < 28) {
            stack.stats.drop(Drop.ARP_MALFORMED);
            return;
        }
        if (Bytes.be16(f, off) != 1 || Bytes.be16(f, off + 2) != NetStack.TYPE_IPV4
                || f[off + 4] != 6 || f[off + 5] != 4) {
            stack.stats.drop(Drop.ARP_UNSUPPORTED);
            return;
        }
        int op = Bytes.be16(f, off + 6);
        if (op != 1 && op != 2) {
            stack.stats.drop(Drop.ARP_UNSUPPORTED);
            return;
        }
        int sha = off + 8;
        int spa = Bytes.be32(f, off + 14);
        int tpa = Bytes.be32(f, off + 24);
        if ((f[sha] & 1) != 0 || allZero(f, sha) || Ip4.isMulticastOrReserved(spa) || Ip4.isLoopback(spa)) {
            stack.stats.drop(Drop.ARP_BAD_SENDER);   // group MAC, null MAC, broadcast or loopback IP
            return;
        }
        int me = stack.address;
        if (me != 0 && spa == me) {
            stack.stats.drop(Drop.ARP_CONFLICT);    // someone else claims our address
            return;
        }
        boolean forUs = me != 0 && tpa == me;
        if (spa != 0) {   // spa 0 is an RFC 5227 probe: answer it but learn nothing
            int e = find(spa);
            if (e >= 0) {
                learn(e, spa, f, sha);
            } else if (forUs) {
                learn(allocate(), spa, f, sha);
            }
        }
        if (op == 1 && forUs) {
            send(2, f, sha, spa);
        }
    }

    private static boolean allZero(byte[] f, int at) {
        for (int i = 0; i < 6; i++) {
            if (f[at + i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Sends a request (op 1, to broadcast) or a reply (op 2, to the MAC at dmac[dm]). */
    private void send(int op, byte[] dmac, int dm, int targetIp) {
        byte[] fr = frame;
        int o = NetStack.ETH_HEADER;
        Bytes.put16(fr, o, 1);
        Bytes.put16(fr, o + 2, NetStack.TYPE_IPV4);
        fr[o + 4] = 6;
        fr[o + 5] = 4;
        Bytes.put16(fr, o + 6, op);
        System.arraycopy(stack.mac, 0, fr, o + 8, 6);
        Bytes.put32(fr, o + 14, stack.address);
        if (op == 1) {
            for (int i = 0; i < 6; i++) {
                fr[o + 18 + i] = 0;
            }
        } else {
            System.arraycopy(dmac, dm, fr, o + 18, 6);
        }
        Bytes.put32(fr, o + 24, targetIp);
        stack.transmit(fr, fr.length, dmac, dm, NetStack.TYPE_ARP);
    }

    private void learn(int e, int ip, byte[] f, int sha) {
        ips[e] = ip;
        System.arraycopy(f, sha, macs, e * 6, 6);
        boolean wasWaiting = state[e] == INCOMPLETE;
        state[e] = RESOLVED;
        deadline[e] = stack.now() + ENTRY_TTL_MS;
        if (wasWaiting) {
            for (int q = 0; q < QUEUE_TOTAL; q++) {
                if (queued[q] != null && queuedIp[q] == ip) {
                    byte[] fr = queued[q];
                    queued[q] = null;
                    System.arraycopy(macs, e * 6, fr, 0, 6);
                    stack.sendFrame(fr, queuedLen[q]);
                }
            }
        }
    }

    private int find(int ip) {
        for (int e = 0; e < CACHE_SIZE; e++) {
            if (state[e] != FREE && ips[e] == ip) {
                return e;
            }
        }
        return -1;
    }

    /** A free entry, or the resolved one closest to expiry (incomplete ones are kept). */
    private int allocate() {
        int victim = -1;
        for (int e = 0; e < CACHE_SIZE; e++) {
            if (state[e] == FREE) {
                return e;
            }
            if (state[e] == RESOLVED && (victim < 0 || deadline[e] < deadline[victim])) {
                victim = e;
            }
        }
        if (victim < 0) {
            victim = 0;
            dropQueued(ips[0]);
        }
        state[victim] = FREE;
        return victim;
    }

    /**
     * Sends the IPv4 frame (Ethernet header's source and type already written) to
     * nextHop: at once if its MAC is known, else after resolution (the frame is copied).
     */
    void output(byte[] fr, int len, int nextHop) {
        int e = find(nextHop);
        if (e >= 0 && state[e] == RESOLVED) {
            stack.transmit(fr, len, macs, e * 6, NetStack.TYPE_IPV4);
            return;
        }
        int perAddress = 0;
        int slot = -1;
        for (int q = 0; q < QUEUE_TOTAL; q++) {
            if (queued[q] == null) {
                slot = slot < 0 ? q : slot;
            } else if (queuedIp[q] == nextHop) {
                perAddress++;
            }
        }
        if (slot < 0 || perAddress >= QUEUE_PER_ADDRESS) {
            stack.stats.drop(Drop.ARP_QUEUE_FULL);
            return;
        }
        System.arraycopy(stack.mac, 0, fr, 6, 6);
        Bytes.put16(fr, 12, NetStack.TYPE_IPV4);
        byte[] copy = new byte[len];
        System.arraycopy(fr, 0, copy, 0, len);
        queued[slot] = copy;
        queuedLen[slot] = len;
        queuedIp[slot] = nextHop;
        if (e < 0) {
            e = allocate();
            ips[e] = nextHop;
            state[e] = INCOMPLETE;
            tries[e] = 1;
            deadline[e] = stack.now() + RETRY_MS;
            send(1, BROADCAST_MAC, 0, nextHop);
        }
    }

    private void dropQueued(int ip) {
        for (int q = 0; q < QUEUE_TOTAL; q++) {
            if (queued[q] != null && queuedIp[q] == ip) {
                queued[q] = null;
                stack.stats.drop(Drop.ARP_UNRESOLVED);
            }
        }
    }

    void tick(long now) {
        for (int e = 0; e < CACHE_SIZE; e++) {
            if (state[e] == FREE || now < deadline[e]) {
                continue;
            }
            if (state[e] == RESOLVED) {
                state[e] = FREE;
            } else if (tries[e] >= MAX_TRIES) {
                state[e] = FREE;
                dropQueued(ips[e]);
            } else {
                tries[e]++;
                deadline[e] = now + RETRY_MS;
                send(1, BROADCAST_MAC, 0, ips[e]);
            }
        }
    }

    long nextDeadline() {
        long d = Long.MAX_VALUE;
        for (int e = 0; e < CACHE_SIZE; e++) {
            if (state[e] != FREE) {
                d = Math.min(d, deadline[e]);
            }
        }
        return d;
    }

    /** The cached MAC of ip (a copy), or null when it is not resolved. */
    public byte[] lookup(int ip) {
        int e = find(ip);
        if (e < 0 || state[e] != RESOLVED) {
            return null;
        }
        byte[] m = new byte[6];
        System.arraycopy(macs, e * 6, m, 0, 6);
        return m;
    }

    /** Resolved entries in the cache. */
    public int size() {
        int n = 0;
        for (int e = 0; e < CACHE_SIZE; e++) {
            n += state[e] == RESOLVED ? 1 : 0;
        }
        return n;
    }

    /** Frames waiting for a resolution. */
    public int queuedFrames() {
        int n = 0;
        for (byte[] q : queued) {
            n += q == null ? 0 : 1;
        }
        return n;
    }
}

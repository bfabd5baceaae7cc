package os2.peer;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Joins two QEMU guests' NICs: each guest uses QEMU's dgram backend with 127.0.0.1 on
 * both ends ({@code -netdev dgram,...,remote.port=} one of this relay's ports), and the
 * relay forwards each Ethernet frame (one UDP datagram) to the other guest, dropping,
 * duplicating, reordering (swapping with the next frame) and corrupting (one random
 * byte past the Ethernet header) at the rates of {@link Impairment}, from a seeded
 * random source. {@link #inject} sends mutated copies of real frames ({@link Mutator})
 * to one side. Everything is counted ({@link #summary}).
 *
 * <p>Side A and side B are symmetric; each direction has its own impairment settings,
 * which may be changed while frames flow. Only 127.0.0.1 is used.
 */
public final class Relay implements AutoCloseable {
    /** The largest frame QEMU sends (64 KiB datagrams cover any MTU). */
    static final int MAX_FRAME = 65536;
    /** How long a frame held back for reordering waits for a successor before it goes alone. */
    static final int REORDER_HOLD_MS = 3;
    /** Real frames kept (per direction) as material for mutants. */
    static final int POOL = 256;

    /** Rates (0..1) for one direction. */
    public static final class Impairment {
        public volatile double drop, duplicate, reorder, corrupt;

        public Impairment set(double drop, double duplicate, double reorder, double corrupt) {
            this.drop = drop;
            this.duplicate = duplicate;
            this.reorder = reorder;
            this.corrupt = corrupt;
            return this;
        }

        @Override
        public String toString() {
            return "drop " + drop + ", duplicate " + duplicate + ", reorder " + reorder + ", corrupt " + corrupt;
        }
    }

    /** Counters of one direction. */
    public static final class Counts {
        public final AtomicLong received = new AtomicLong(), forwarded = new AtomicLong(), dropped = new AtomicLong(),
                duplicated = new AtomicLong(), reordered = new AtomicLong(), corrupted = new AtomicLong(),
                empty = new AtomicLong();

        @Override
        public String toString() {
            return received + " received, " + forwarded + " forwarded, " + dropped + " dropped, " + duplicated
                    + " duplicated, " + reordered + " reordered, " + corrupted + " corrupted, " + empty
                    + " empty not forwarded";
        }
    }

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final DatagramSocket sockA, sockB;
    private volatile InetSocketAddress guestA, guestB;
    /** Impairments of frames going A to B and B to A. */
    public final Impairment aToB = new Impairment(), bToA = new Impairment();
    /** Counters of frames going A to B and B to A. */
    public final Counts countsAToB = new Counts(), countsBToA = new Counts();
    private final Map<Mutator.Kind, AtomicLong> injected = new EnumMap<>(Mutator.Kind.class);
    private final AtomicLong injectedFrames = new AtomicLong();
    private final List<byte[]> poolAToB = new ArrayList<>(), poolBToA = new ArrayList<>();
    private final long seed;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;

    /** Binds the relay's two sockets on ephemeral 127.0.0.1 ports (see {@link #portForA}). */
    public Relay(long seed) throws IOException {
        this(seed, 0, 0);
    }

    /** Binds the relay's two sockets on 127.0.0.1:portA and :portB (0: any free port). */
    public Relay(long seed, int portA, int portB) throws IOException {
        this.seed = seed;
        sockA = new DatagramSocket(new InetSocketAddress(loopback, portA));
        sockB = new DatagramSocket(new InetSocketAddress(loopback, portB));
        for (DatagramSocket s : List.of(sockA, sockB)) {
            s.setReceiveBufferSize(4 << 20);
            s.setSendBufferSize(4 << 20);
            s.setSoTimeout(REORDER_HOLD_MS);
        }
        for (Mutator.Kind k : Mutator.Kind.values()) {
            injected.put(k, new AtomicLong());
        }
    }

    /** The relay's port that guest A sends to (its {@code remote.port}). */
    public int portForA() {
        return sockA.getLocalPort();
    }

    /** The relay's port that guest B sends to. */
    public int portForB() {
        return sockB.getLocalPort();
    }

    /** Starts forwarding; the guests' own ports are their {@code local.port}s. */
    public void start(int guestPortA, int guestPortB) {
        guestA = new InetSocketAddress(loopback, guestPortA);
        guestB = new InetSocketAddress(loopback, guestPortB);
        threads.add(new Thread(() -> pump(sockA, sockB, guestB, aToB, countsAToB, poolAToB, seed), "relay A->B"));
        threads.add(new Thread(() -> pump(sockB, sockA, guestA, bToA, countsBToA, poolBToA, seed + 1), "relay B->A"));
        for (Thread t : threads) {
            t.setDaemon(true);
            t.start();
        }
    }

    /** One direction: receive from `in`, impair, send through `out` to `to`. */
    private void pump(DatagramSocket in, DatagramSocket out, InetSocketAddress to, Impairment imp, Counts c,
            List<byte[]> pool, long seed) {
        Random random = new Random(seed);
        byte[] buf = new byte[MAX_FRAME];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        byte[] held = null;
        long seen = 0;
        while (!closed) {
            try {
                p.setLength(buf.length);
                try {
                    in.receive(p);
                } catch (SocketTimeoutException e) {
                    if (held != null) {
                        send(out, held, to);
                        c.forwarded.incrementAndGet();
                        held = null;
                    }
                    continue;
                }
                c.received.incrementAndGet();
                if (p.getLength() == 0) {
                    c.empty.incrementAndGet();   // would stop the receiving guest's backend (see send)
                    continue;
                }
                byte[] f = java.util.Arrays.copyOf(buf, p.getLength());
                // Reservoir sample of the IPv4 frames seen: mutants come from all kinds of traffic. Not ARP:
                // it has no checksum, so a mutated ARP packet can legitimately teach the guest a wrong MAC
                // for its peer (and the link then looks dead until the entry expires).
                if (Frames.isIpv4(f, f.length)) {
                    seen++;
                    synchronized (pool) {
                        if (pool.size() < POOL) {
                            pool.add(f.clone());
                        } else if (random.nextLong(seen) < POOL) {
                            pool.set(random.nextInt(POOL), f.clone());
                        }
                    }
                }
                if (random.nextDouble() < imp.drop) {
                    c.dropped.incrementAndGet();
                    continue;
                }
                if (f.length > Frames.ETH && random.nextDouble() < imp.corrupt) {
                    f[Frames.ETH + random.nextInt(f.length - Frames.ETH)] ^= (byte) (1 + random.nextInt(255));
                    c.corrupted.incrementAndGet();
                }
                if (held == null && random.nextDouble() < imp.reorder) {
                    held = f;   // goes after the next frame (or alone after REORDER_HOLD_MS)
                    c.reordered.incrementAndGet();
                    continue;
                }
                int copies = random.nextDouble() < imp.duplicate ? 2 : 1;
                if (copies == 2) {
                    c.duplicated.incrementAndGet();
                }
                for (int i = 0; i < copies; i++) {
                    send(out, f, to);
                    c.forwarded.incrementAndGet();
                }
                if (held != null) {
                    send(out, held, to);
                    c.forwarded.incrementAndGet();
                    held = null;
                }
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("relay: " + e);
                }
            }
        }
    }

    /**
     * Sends one frame. Never an empty one: QEMU's dgram backend (net/dgram.c, 7.2) takes a
     * zero-length datagram for the end of the connection and stops polling its socket, so
     * that guest would receive nothing ever again (docs/RELIABILITY.md, finding 3).
     */
    static void send(DatagramSocket out, byte[] f, InetSocketAddress to) throws IOException {
        if (f.length == 0) {
            throw new IllegalArgumentException("an empty frame would stop the guest's QEMU from reading its socket");
        }
        out.send(new DatagramPacket(f, f.length, to));
    }

    /**
     * Sends count mutants of real frames that went towards B (toB) or A, at most perSecond
     * a second; returns when all are sent. Needs frames in the pool (traffic before).
     */
    public void inject(boolean toB, long count, int perSecond, long seed) throws IOException, InterruptedException {
        List<byte[]> pool = toB ? poolAToB : poolBToA;
        DatagramSocket out = toB ? sockB : sockA;
        InetSocketAddress to = toB ? guestB : guestA;
        List<byte[]> frames;
        synchronized (pool) {
            frames = new ArrayList<>(pool);
        }
        if (frames.isEmpty()) {
            throw new IllegalStateException("no frames seen towards " + (toB ? "B" : "A") + " to mutate");
        }
        Mutator m = new Mutator(seed);
        Random pick = new Random(seed);
        Mutator.Kind[] kind = new Mutator.Kind[1];
        long start = System.nanoTime();
        for (long i = 0; i < count;) {
            byte[] f = frames.get(pick.nextInt(frames.size()));
            for (byte[] g : m.mutate(f, f.length, kind)) {
                if (i == count) {
                    break;   // the second of two fragments would be one too many
                }
                send(out, g, to);
                i++;
                injectedFrames.incrementAndGet();
            }
            injected.get(kind[0]).incrementAndGet();
            long due = start + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    /** Mutant frames sent so far. */
    public long injectedFrames() {
        return injectedFrames.get();
    }

    /** Everything counted, one line per direction and one for the mutants by kind. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("relay A->B (").append(aToB).append("): ").append(countsAToB).append('\n');
        b.append("relay B->A (").append(bToA).append("): ").append(countsBToA).append('\n');
        b.append("relay injected ").append(injectedFrames).append(" frames:");
        injected.forEach((k, v) -> {
            if (v.get() > 0) {
                b.append(' ').append(k.name().toLowerCase()).append('=').append(v);
            }
        });
        return b.append('\n').toString();
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        for (Thread t : threads) {
            t.join(1000);
        }
        sockA.close();
        sockB.close();
    }

    /**
     * Command line: {@code Relay SEED PORT_A PORT_B GUEST_A GUEST_B [drop dup reorder corrupt]}
     * binds 127.0.0.1:PORT_A/PORT_B (0 for any; both printed) and forwards between the guests'
     * ports until killed, printing the counts every 10 s.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 9) {
            System.err.println("usage: Relay SEED PORT_A PORT_B GUEST_PORT_A GUEST_PORT_B [DROP DUP REORDER CORRUPT]");
            System.exit(2);
        }
        Relay r = new Relay(Long.parseLong(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        if (args.length == 9) {
            for (Impairment i : List.of(r.aToB, r.bToA)) {
                i.set(Double.parseDouble(args[5]), Double.parseDouble(args[6]), Double.parseDouble(args[7]),
                        Double.parseDouble(args[8]));
            }
        }
        r.start(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        System.out.println("relay: 127.0.0.1:" + r.portForA() + " <-> 127.0.0.1:" + r.portForB());
        while (true) {
            Thread.sleep(10_000);
            System.out.print(r.summary());
        }
    }
}

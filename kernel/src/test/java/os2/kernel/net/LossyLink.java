package os2.kernel.net;

import java.util.PriorityQueue;
import java.util.Random;

/**
 * Two stacks joined by an in-memory Ethernet that drops, duplicates, delays (and so
 * reorders) and corrupts frames with a seeded Random, on a shared fake clock.
 */
final class LossyLink {
    static final byte[] MAC_A = {2, 0, 0, 0, 0, 0xa};
    static final byte[] MAC_B = {2, 0, 0, 0, 0, 0xb};
    static final int IP_A = Ip4.of(192, 168, 7, 1);
    static final int IP_B = Ip4.of(192, 168, 7, 2);

    final FakeClock clock = new FakeClock(5_000_000);
    final Random random;
    double loss;
    double duplicate;
    double reorder;
    double corrupt;
    long delayMs = 2;
    final NetStack a;
    final NetStack b;
    long delivered;
    long dropped;
    /** When not null, a copy of every transmitted frame is added (for fuzzing corpora). */
    java.util.List<byte[]> capture;

    private final PriorityQueue<InFlight> queue = new PriorityQueue<>();
    private long order;

    private record InFlight(long at, long order, NetStack to, byte[] frame) implements Comparable<InFlight> {
        @Override
        public int compareTo(InFlight o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(order, o.order);
        }
    }

    private final class End implements NetDevice {
        final byte[] mac;
        NetStack peer;

        End(byte[] mac) {
            this.mac = mac;
        }

        @Override
        public byte[] macAddress() {
            return mac;
        }

        @Override
        public int mtu() {
            return 1500;
        }

        @Override
        public boolean transmit(byte[] frame, int len) {
            if (capture != null) {
                capture.add(java.util.Arrays.copyOf(frame, len));
            }
            if (random.nextDouble() < loss) {
                dropped++;
                return true;
            }
            int copies = random.nextDouble() < duplicate ? 2 : 1;
            for (int i = 0; i < copies; i++) {
                byte[] f = java.util.Arrays.copyOf(frame, len);
                if (random.nextDouble() < corrupt) {
                    f[random.nextInt(len)] ^= (byte) (1 + random.nextInt(255));
                }
                long extra = random.nextDouble() < reorder ? 1 + random.nextInt(8) : 0;
                queue.add(new InFlight(clock.now + delayMs + extra, order++, peer, f));
            }
            return true;
        }
    }

    LossyLink(long seed) {
        random = new Random(seed);
        End ea = new End(MAC_A);
        End eb = new End(MAC_B);
        a = new NetStack(ea, clock);
        b = new NetStack(eb, clock);
        ea.peer = b;
        eb.peer = a;
        int mask = Ip4.of(255, 255, 255, 0);
        a.configure(IP_A, mask, 0, 0);
        b.configure(IP_B, mask, 0, 0);
    }

    /** Advances 1 ms: delivers due frames, then ticks both stacks. */
    void step() {
        clock.now++;
        while (!queue.isEmpty() && queue.peek().at <= clock.now) {
            InFlight f = queue.poll();
            delivered++;
            f.to.receive(f.frame, f.frame.length);
        }
        a.tick();
        b.tick();
    }

    /** Steps until done says so or maxMs pass; returns whether done. */
    boolean runUntil(java.util.function.BooleanSupplier done, long maxMs) {
        for (long t = 0; t < maxMs; t++) {
            if (done.getAsBoolean()) {
                return true;
            }
            step();
        }
        return done.getAsBoolean();
    }
}

package os2.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static os2.peer.Frames.*;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The relay between two fake guests (UDP sockets on 127.0.0.1), and the mutator's kinds. */
class RelayTest {
    /** A TCP segment 10.0.0.1:1234 -> 10.0.0.2:80 with 100 payload bytes and right checksums. */
    static byte[] tcpFrame(int seq) {
        byte[] f = new byte[ETH + 20 + 20 + 100];
        put16(f, 12, TYPE_IPV4);
        f[ETH] = 0x45;
        put16(f, ETH + 2, f.length - ETH);
        f[ETH + 8] = 64;
        f[ETH + 9] = TCP;
        put32(f, ETH + 12, 0x0a000001);
        put32(f, ETH + 16, 0x0a000002);
        put16(f, ETH + 20, 1234);
        put16(f, ETH + 22, 80);
        put32(f, ETH + 24, seq);
        f[ETH + 32] = 0x50;
        f[ETH + 33] = 0x18;
        put16(f, ETH + 34, 8192);
        for (int i = ETH + 40; i < f.length; i++) {
            f[i] = (byte) i;
        }
        fixChecksums(f, f.length);
        return f;
    }

    static boolean checksumsRight(byte[] f) {
        byte[] g = f.clone();
        fixChecksums(g, g.length);
        return Arrays.equals(f, g);
    }

    @Test
    void checksumsOfTheFrameAreRightAndDetected() {
        byte[] f = tcpFrame(1);
        assertEquals(0, checksum(f, ETH, 20, 0), "IP header sums to zero");
        assertTrue(checksumsRight(f));
        f[ETH + 50] ^= 1;
        assertTrue(!checksumsRight(f));
    }

    @Test
    void everyKindMakesWhatItSays() {
        Mutator m = new Mutator(3);
        byte[] f = tcpFrame(1000);
        for (Mutator.Kind k : Mutator.Kind.values()) {
            List<byte[]> out = m.apply(k, f.clone());
            if (k == Mutator.Kind.BAD_UDP_LENGTH) {
                assertEquals(null, out, "no UDP kinds on TCP");
                continue;
            }
            assertTrue(out != null && !out.isEmpty(), k.name());
            byte[] g = out.get(0);
            switch (k) {
                case BAD_IP_CHECKSUM -> assertNotEquals(0, checksum(g, ETH, 20, 0));
                case BAD_L4_CHECKSUM -> assertTrue(checksum(g, ETH, 20, 0) == 0 && !checksumsRight(g));
                case ZERO_WINDOW -> assertTrue(get16(g, ETH + 34) == 0 && checksumsRight(g));
                case SYN_FIN -> assertTrue((g[ETH + 33] & 3) == 3 && checksumsRight(g));
                case ALL_FLAGS -> assertEquals((byte) 0xff, g[ETH + 33]);
                case HUGE_OPTIONS -> assertTrue(tcpHeaderLength(g) == 60 && g.length == f.length + 40 && checksumsRight(g));
                case IP_OPTIONS -> assertTrue(ipHeaderLength(g) == 60 && checksum(g, ETH, 60, 0) == 0);
                case LAND -> assertEquals(get32(g, ETH + 12), get32(g, ETH + 16));
                case TRUNCATED -> assertTrue(g.length < f.length);
                case EXTENDED -> assertTrue(g.length > f.length && get16(g, ETH + 2) == g.length - ETH);
                case OVERLAPPING_FRAGMENTS -> {
                    assertEquals(2, out.size());
                    byte[] a = (get16(out.get(0), ETH + 6) & 0x2000) != 0 ? out.get(0) : out.get(1);
                    byte[] b = a == out.get(0) ? out.get(1) : out.get(0);
                    int aEnd = get16(a, ETH + 2) - 20, bStart = (get16(b, ETH + 6) & 0x1fff) * 8;
                    assertTrue(bStart < aEnd, "the fragments overlap");
                    assertEquals(get16(a, ETH + 4), get16(b, ETH + 4), "one datagram");
                    assertEquals(0, checksum(a, ETH, 20, 0));
                    assertEquals(0, checksum(b, ETH, 20, 0));
                }
                default -> assertNotEquals(Arrays.toString(f), Arrays.toString(g), k.name());
            }
        }
    }

    /**
     * Finding 3 (docs/RELIABILITY.md): an empty truncation went out as a zero-length datagram,
     * which QEMU's dgram backend takes for the end of the connection: the guest heard nothing
     * ever again. Truncation keeps at least one byte, at every frame length, and no mutant of
     * any kind is empty.
     */
    @Test
    void noMutantIsEverEmpty() {
        Mutator m = new Mutator(11);
        for (int len = 2; len <= 80; len++) {
            byte[] f = Arrays.copyOf(tcpFrame(len), len);
            boolean sawOne = false;
            for (int i = 0; i < 2_000; i++) {
                byte[] g = m.apply(Mutator.Kind.TRUNCATED, f.clone()).get(0);
                assertTrue(g.length >= 1 && g.length < len, "truncated " + len + " to " + g.length);
                sawOne |= g.length == 1;
            }
            assertTrue(sawOne, "the shortest truncation (1 byte) is made for length " + len);
        }
        Mutator.Kind[] kind = new Mutator.Kind[1];
        byte[] small = tcpFrame(7);
        for (int i = 0; i < 100_000; i++) {
            for (byte[] g : m.mutate(small, small.length, kind)) {
                assertTrue(g.length > 0, kind[0] + " made an empty frame");
            }
        }
    }

    /** The relay neither sends an empty frame nor forwards an empty datagram (it would stop the guest's QEMU). */
    @Test
    void emptyFramesAreNeverSent() throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (DatagramSocket a = new DatagramSocket(new InetSocketAddress(lo, 0));
                DatagramSocket b = new DatagramSocket(new InetSocketAddress(lo, 0));
                Relay r = new Relay(5)) {
            b.setSoTimeout(500);
            r.start(a.getLocalPort(), b.getLocalPort());
            a.send(new DatagramPacket(new byte[0], 0, lo, r.portForA()));
            a.send(new DatagramPacket(tcpFrame(1), tcpFrame(1).length, lo, r.portForA()));
            assertArrayEquals(tcpFrame(1), receive(b), "the empty datagram was not forwarded");
            assertEquals(null, receive(b));
            assertEquals(1, r.countsAToB.empty.get(), r.summary());
            assertEquals(1, r.countsAToB.forwarded.get(), r.summary());
            assertThrows(IllegalArgumentException.class,
                    () -> Relay.send(a, new byte[0], new InetSocketAddress(lo, b.getLocalPort())));
        }
    }

    @Test
    void forwardsBothWaysWithImpairmentsAndInjects() throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (DatagramSocket a = new DatagramSocket(new InetSocketAddress(lo, 0));
                DatagramSocket b = new DatagramSocket(new InetSocketAddress(lo, 0));
                Relay r = new Relay(5)) {
            a.setSoTimeout(500);
            b.setSoTimeout(500);
            r.start(a.getLocalPort(), b.getLocalPort());
            // Clean: every frame arrives once, in order, unchanged.
            for (int i = 0; i < 50; i++) {
                a.send(new DatagramPacket(tcpFrame(i), tcpFrame(i).length, lo, r.portForA()));
                assertArrayEquals(tcpFrame(i), receive(b));
            }
            b.send(new DatagramPacket(tcpFrame(99), tcpFrame(99).length, lo, r.portForB()));
            assertArrayEquals(tcpFrame(99), receive(a));

            r.aToB.set(0.2, 0.1, 0.2, 0.1);
            int n = 2000;
            List<byte[]> got = new ArrayList<>();
            Thread reader = new Thread(() -> {   // reads while we send: a socket buffer holds only a few hundred frames
                try {
                    for (byte[] g; (g = receive(b)) != null;) {
                        got.add(g);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            reader.start();
            for (int i = 0; i < n; i++) {
                a.send(new DatagramPacket(tcpFrame(i), tcpFrame(i).length, lo, r.portForA()));
                if (i % 20 == 0) {
                    Thread.sleep(2);
                }
            }
            reader.join();
            Relay.Counts c = r.countsAToB;
            assertEquals(n + 50, c.received.get());
            assertEquals(got.size(), c.forwarded.get() - 50, r.summary());
            assertEquals(n - c.dropped.get() + c.duplicated.get(), got.size(), "lost = dropped, extra = duplicated\n" + r.summary());
            assertTrue(c.dropped.get() > n / 10 && c.dropped.get() < n * 3 / 10, r.summary());
            int corrupted = 0, outOfOrder = 0, last = -1;
            Set<Integer> seen = new HashSet<>();
            for (byte[] g : got) {
                int seq = get32(g, ETH + 24);
                if (!checksumsRight(g)) {
                    corrupted++;
                } else {
                    outOfOrder += seq < last ? 1 : 0;
                    last = seq;
                    seen.add(seq);
                }
            }
            assertTrue(corrupted > 50 && corrupted <= c.corrupted.get() * 2, corrupted + " " + r.summary());
            assertTrue(outOfOrder > 50, outOfOrder + " " + r.summary());

            r.aToB.set(0, 0, 0, 0);
            Thread injector = new Thread(() -> {
                try {
                    r.inject(true, 300, 5_000, 1);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            injector.start();
            int injected = 0;
            while (receive(b) != null) {
                injected++;
            }
            injector.join();
            assertEquals(300, r.injectedFrames(), r.summary());
            assertEquals(300, injected);
            assertTrue(r.summary().contains("relay injected 300 frames:"), r.summary());
        }
    }

    private static byte[] receive(DatagramSocket s) throws Exception {
        byte[] buf = new byte[2000];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            s.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return Arrays.copyOf(buf, p.getLength());
    }
}

package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;
import static os2.kernel.net.Packets.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NetPropertiesTest {
    @Property
    void sequenceOrderHoldsAcrossWrapAround(@ForAll int a, @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int d) {
        int b = a + d;   // may wrap past 2^32
        assertTrue(Seq.lt(a, b));
        assertTrue(Seq.gt(b, a));
        assertFalse(Seq.lt(b, a));
        assertTrue(Seq.le(a, a) && Seq.ge(a, a));
        assertEquals(b, Seq.max(a, b));
        assertTrue(Seq.inWindow(a + d - 1, a, d));
        assertFalse(Seq.inWindow(a + d, a, d));
        assertFalse(Seq.inWindow(a - 1, a, d));
    }

    @Property
    void checksumMatchesAReferenceAndVerifies(@ForAll @Size(max = 3000) byte[] data, @ForAll @IntRange(max = 7) int off) {
        byte[] b = new byte[data.length + off + 2];
        System.arraycopy(data, 0, b, off + 2, data.length);
        assertEquals(cksum(b, off, data.length + 2, 0), Bytes.checksum(b, off, data.length + 2));
        int c = Bytes.checksum(b, off, data.length + 2);
        b[off] = (byte) (c >> 8);
        b[off + 1] = (byte) c;
        assertEquals(0, Bytes.checksum(b, off, data.length + 2), "a message with its checksum sums to zero");
    }

    @Property
    void addressesPrintAndParseBack(@ForAll int ip) {
        assertEquals(ip, Ip4.parse(Ip4.toString(ip)));
    }

    @Test
    void malformedAddressesAreRefused() {
        for (String s : new String[]{"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "a.b.c.d", "1.2.3.4 ", "1234.1.1.1"}) {
            assertThrows(IllegalArgumentException.class, () -> Ip4.parse(s), s);
        }
    }

    /** Splits an IP payload into fragments at random multiples of 8. */
    static List<byte[]> fragments(byte[] payload, int id, Random r) {
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        while (at < payload.length) {
            int n = Math.min(payload.length - at, 8 * (1 + r.nextInt(180)));
            boolean more = at + n < payload.length;
            byte[] part = java.util.Arrays.copyOfRange(payload, at, at + n);
            out.add(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, id, (more ? 0x2000 : 0) | at / 8, part)));
            at += n;
        }
        return out;
    }

    @Property(tries = 200)
    void reassemblyInAnyOrderWithDuplicatesEqualsTheOriginal(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20000) int size) {
        Random r = new Random(seed);
        byte[] data = new byte[size];
        r.nextBytes(data);
        StackHarness h = new StackHarness();
        List<byte[]> got = new ArrayList<>();
        h.stack.udp().bind(9, (src, sp, dp, b, off, len) -> got.add(java.util.Arrays.copyOfRange(b, off, off + len)));
        List<byte[]> frags = fragments(udp(IP_PEER, IP_US, 1000, 9, data), 77, r);
        int dups = r.nextInt(3);
        for (int i = 0; i < dups; i++) {
            frags.add(frags.get(r.nextInt(frags.size())).clone());
        }
        Collections.shuffle(frags, r);
        for (byte[] f : frags) {
            h.in(f);
        }
        // IP keeps no memory of completed datagrams: duplicates arriving after completion can
        // deliver the datagram again (as on any IP stack); every delivery is the original.
        assertFalse(got.isEmpty(), h.stack.stats().dropSummary());
        for (byte[] g : got) {
            assertArrayEquals(data, g);
        }
        if (dups == 0) {
            assertEquals(1, got.size());
            assertEquals(0, h.stack.ipv4().reassemblies());
        }
    }

    @Test
    void overlappingFragmentsDiscardTheDatagram() {
        StackHarness h = new StackHarness();
        List<byte[]> got = new ArrayList<>();
        h.stack.udp().bind(9, (src, sp, dp, b, off, len) -> got.add(new byte[len]));
        byte[] payload = udp(IP_PEER, IP_US, 1000, 9, new byte[100]);
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 5, 0x2000, java.util.Arrays.copyOfRange(payload, 0, 64))));
        byte[] evil = java.util.Arrays.copyOfRange(payload, 56, 108);
        evil[0] ^= 1;   // overlaps bytes 56..63 with other content
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 5, 7, evil)));
        assertEquals(1, h.stack.stats().drops(Drop.FRAG_OVERLAP));
        assertEquals(0, h.stack.ipv4().reassemblies());
        assertTrue(got.isEmpty());
    }

    /** fragtimeout=MS: an open datagram goes after the shorter timeout, not before; 30 s stays the most. */
    @Test
    void aShorterReassemblyTimeoutExpiresOpenDatagramsSooner() {
        StackHarness h = new StackHarness();
        h.stack.ipv4().setReassemblyTimeout(2000);
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 7, 0x2000, new byte[8])));
        assertEquals(1, h.stack.ipv4().reassemblies());
        h.advance(1900);
        assertEquals(1, h.stack.ipv4().reassemblies());
        h.advance(200);
        assertEquals(0, h.stack.ipv4().reassemblies());
        h.stack.ipv4().setReassemblyTimeout(10 * IpReassembly.TIMEOUT_MS);   // capped at the default
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 8, 0x2000, new byte[8])));
        h.advance(IpReassembly.TIMEOUT_MS);
        assertEquals(0, h.stack.ipv4().reassemblies());
    }

    @Test
    void fragmentLimitsAndTimeout() {
        StackHarness h = new StackHarness();
        byte[] eight = new byte[8];
        for (int id = 0; id < IpReassembly.MAX_DATAGRAMS + 2; id++) {
            h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, id, 0x2000, eight)));
        }
        assertEquals(IpReassembly.MAX_DATAGRAMS, h.stack.ipv4().reassemblies());
        assertEquals(2, h.stack.stats().drops(Drop.FRAG_LIMIT));
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 1, 0x2000 | 8189, eight)));   // past 65535
        assertEquals(1, h.stack.stats().drops(Drop.FRAG_TOO_BIG));
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 2, 0x2000 | 2, new byte[5])));
        assertEquals(1, h.stack.stats().drops(Drop.FRAG_BAD_LENGTH));
        h.advance(IpReassembly.TIMEOUT_MS);
        assertEquals(0, h.stack.ipv4().reassemblies());
        assertTrue(h.stack.stats().drops(Drop.FRAG_TIMEOUT) >= 6);
        // Many fragments of one datagram: the per-datagram limit.
        for (int i = 0; i < IpReassembly.MAX_FRAGMENTS + 1; i++) {
            h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 99, 0x2000 | (2 * i), eight)));
        }
        assertEquals(3, h.stack.stats().drops(Drop.FRAG_LIMIT));
    }

    @Test
    void largeDatagramsAreSentAsFragmentsThatReassemble() {
        StackHarness h = new StackHarness().learnPeer();
        byte[] data = new byte[4000];
        new Random(3).nextBytes(data);
        h.stack.udp().sendTo(1000, IP_PEER, 2000, data, 0, data.length);
        List<byte[]> frames = h.out();
        assertEquals(3, frames.size());
        byte[] whole = new byte[4008];
        int id = get16(frames.get(0), 18);
        for (byte[] f : frames) {
            assertEquals(0, cksum(f, 14, 20, 0));
            assertEquals(id, get16(f, 18));
            int ff = get16(f, 20);
            int len = get16(f, 16) - 20;
            assertTrue(f.length <= 1514);
            System.arraycopy(f, 34, whole, (ff & 0x1fff) * 8, len);
        }
        assertEquals(0, get16(frames.get(2), 20) & 0x2000, "last fragment has MF clear");
        assertEquals(0, cksum(whole, 0, 4008, pseudo(IP_US, IP_PEER, 17, 4008)));
        assertArrayEquals(data, java.util.Arrays.copyOfRange(whole, 8, 4008));
    }
}

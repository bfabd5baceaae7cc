package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;
import static os2.kernel.net.Packets.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicProtocolsTest {
    @Test
    void answersArpRequestForOurAddressAndLearnsSender() {
        StackHarness h = new StackHarness();
        h.in(eth(MAC_BCAST, MAC_PEER, 0x0806, arp(1, MAC_PEER, IP_PEER, new byte[6], IP_US)));
        List<byte[]> out = h.out();
        assertEquals(1, out.size());
        byte[] r = out.get(0);
        assertArrayEquals(MAC_PEER, java.util.Arrays.copyOfRange(r, 0, 6));
        assertEquals(0x0806, get16(r, 12));
        assertEquals(2, get16(r, 20));   // reply
        assertArrayEquals(MAC_US, java.util.Arrays.copyOfRange(r, 22, 28));
        assertEquals(IP_US, get32(r, 28));
        assertEquals(IP_PEER, get32(r, 38));
        assertArrayEquals(MAC_PEER, h.stack.arp().lookup(IP_PEER));
    }

    @Test
    void arpIgnoresRequestsForOthersAndDoesNotCacheThem() {
        StackHarness h = new StackHarness();
        h.in(eth(MAC_BCAST, MAC_PEER, 0x0806, arp(1, MAC_PEER, IP_PEER, new byte[6], Ip4.of(10, 0, 2, 99))));
        assertTrue(h.out().isEmpty());
        assertNull(h.stack.arp().lookup(IP_PEER));
    }

    @Test
    void arpResolvesQueuesRetriesAndGivesUp() {
        StackHarness h = new StackHarness();
        byte[] data = {1, 2, 3};
        h.stack.udp().sendTo(5000, IP_PEER, 6000, data, 0, 3);
        h.stack.udp().sendTo(5000, IP_PEER, 6000, data, 0, 3);
        List<byte[]> out = h.out();
        assertEquals(1, out.size(), "one ARP request, frames queued");
        assertEquals(0x0806, get16(out.get(0), 12));
        assertEquals(2, h.stack.arp().queuedFrames());
        h.advance(Arp.RETRY_MS);
        assertEquals(1, h.out().size(), "retry");
        // The reply releases the queued frames.
        h.in(eth(MAC_US, MAC_PEER, 0x0806, arp(2, MAC_PEER, IP_PEER, MAC_US, IP_US)));
        out = h.out();
        assertEquals(2, out.size());
        assertEquals(0x0800, get16(out.get(0), 12));
        assertArrayEquals(MAC_PEER, java.util.Arrays.copyOfRange(out.get(0), 0, 6));
        // Entries expire.
        h.advance(Arp.ENTRY_TTL_MS);
        assertNull(h.stack.arp().lookup(IP_PEER));
        // An address that never answers: frames are dropped after MAX_TRIES.
        int other = Ip4.of(10, 0, 2, 77);
        h.stack.udp().sendTo(5000, other, 6000, data, 0, 3);
        for (int i = 0; i < Arp.MAX_TRIES; i++) {
            h.advance(Arp.RETRY_MS);
        }
        assertEquals(0, h.stack.arp().queuedFrames());
        assertEquals(1, h.stack.stats().drops(Drop.ARP_UNRESOLVED));
    }

    @Test
    void arpQueueIsBounded() {
        StackHarness h = new StackHarness();
        byte[] data = {1};
        for (int i = 0; i < Arp.QUEUE_PER_ADDRESS + 3; i++) {
            h.stack.udp().sendTo(5000, IP_PEER, 6000, data, 0, 1);
        }
        assertEquals(Arp.QUEUE_PER_ADDRESS, h.stack.arp().queuedFrames());
        assertEquals(3, h.stack.stats().drops(Drop.ARP_QUEUE_FULL));
    }

    @Test
    void answersPingAndNotBroadcastPing() {
        StackHarness h = new StackHarness().learnPeer();
        byte[] icmp = new byte[8 + 5];
        icmp[0] = 8;
        put16(icmp, 4, 0x1234);
        put16(icmp, 6, 7);
        for (int i = 0; i < 5; i++) {
            icmp[8 + i] = (byte) (i * 3);
        }
        put16(icmp, 2, cksum(icmp, 0, icmp.length, 0));
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 1, 9, 0, icmp)));
        List<byte[]> out = h.out();
        assertEquals(1, out.size());
        byte[] r = out.get(0);
        assertEquals(0, r[L4]);
        assertEquals(0x1234, get16(r, L4 + 4));
        assertEquals(7, get16(r, L4 + 6));
        assertEquals(0, cksum(r, L4, 13, 0));
        assertEquals(IP_PEER, get32(r, 30));
        h.in(eth(MAC_BCAST, MAC_PEER, 0x0800, ipv4(IP_PEER, Ip4.BROADCAST, 1, 9, 0, icmp)));
        assertTrue(h.out().isEmpty());
        assertEquals(1, h.stack.stats().drops(Drop.ICMP_BROADCAST_ECHO));
    }

    @Test
    void pingClientMeasuresRttAndTimesOut() {
        StackHarness h = new StackHarness().learnPeer();
        List<String> events = new ArrayList<>();
        PingListener l = new PingListener() {
            @Override
            public void onReply(int from, int seq, long rtt, int len) {
                events.add("reply " + seq + " " + rtt + " " + len);
            }

            @Override
            public void onTimeout(int seq) {
                events.add("timeout " + seq);
            }
        };
        int seq = h.stack.icmp().ping(IP_PEER, 16, 1000, l);
        byte[] req = h.out().get(0);
        byte[] icmp = java.util.Arrays.copyOfRange(req, L4, L4 + 24);
        assertEquals(8, icmp[0]);
        icmp[0] = 0;
        put16(icmp, 2, 0);
        put16(icmp, 2, cksum(icmp, 0, icmp.length, 0));
        h.clock.advance(12);
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 1, 3, 0, icmp)));
        int seq2 = h.stack.icmp().ping(IP_PEER, 0, 1000, l);
        h.advance(1000);
        assertEquals(List.of("reply " + seq + " 12 16", "timeout " + seq2), events);
    }

    @Test
    void udpBindReceiveAndChecksum() {
        StackHarness h = new StackHarness().learnPeer();
        List<String> got = new ArrayList<>();
        h.stack.udp().bind(7, (src, sport, dport, b, off, len) -> got.add(sport + ":" + new String(b, off, len)));
        h.in(udpFrame(1234, 7, "hello".getBytes()));
        byte[] bad = udpFrame(1234, 7, "hullo".getBytes());
        bad[L4 + 9] ^= 1;   // payload byte changed, checksum not
        h.in(bad);
        h.in(udpFrame(1234, 8, "nobody".getBytes()));
        assertEquals(List.of("1234:hello"), got);
        assertEquals(1, h.stack.stats().drops(Drop.UDP_CHECKSUM));
        assertEquals(1, h.stack.stats().drops(Drop.UDP_NO_LISTENER));
        assertThrows(IllegalStateException.class, () -> h.stack.udp().bind(7, (a, b, c, d, e, f) -> { }));
        // Sending: checksum verifiable by an independent implementation.
        h.stack.udp().sendTo(7, IP_PEER, 9999, "abc".getBytes(), 0, 3);
        byte[] f = h.out().get(0);
        assertEquals(0, cksum(f, L4, 11, pseudo(IP_US, IP_PEER, 17, 11)));
        assertEquals(9999, get16(f, L4 + 2));
    }

    @Test
    void ethernetAndIpValidationCountReasons() {
        StackHarness h = new StackHarness().learnPeer();
        h.stack.udp().bind(7, (src, sport, dport, b, off, len) -> { });
        byte[] good = udpFrame(1, 7, new byte[4]);
        h.in(good);
        assertEquals(1, h.stack.udp().datagramsIn());
        expectDrop(h, java.util.Arrays.copyOf(good, 10), Drop.ETH_TRUNCATED);
        byte[] f = good.clone();
        f[0] = 9;
        expectDrop(h, f, Drop.ETH_NOT_FOR_US);
        f = good.clone();
        f[12] = (byte) 0x86;
        f[13] = (byte) 0xdd;
        expectDrop(h, f, Drop.ETH_UNKNOWN_TYPE);
        expectDrop(h, java.util.Arrays.copyOf(good, 30), Drop.IP_TRUNCATED);
        expectDrop(h, ipMutate(good, 0, 0x65), Drop.IP_VERSION);
        expectDrop(h, ipMutate(good, 0, 0x44), Drop.IP_HEADER_LENGTH);
        f = good.clone();
        put16(f, 16, 2000);
        fixIp(f);
        expectDrop(h, f, Drop.IP_TOTAL_LENGTH);
        f = good.clone();
        f[14 + 8] = 1;   // TTL changed, checksum not fixed
        expectDrop(h, f, Drop.IP_CHECKSUM);
        expectDrop(h, ipMutate(good, 6, 0x80), Drop.IP_RESERVED_FLAG);
        expectDrop(h, ipMutate(good, 8, 0), Drop.IP_TTL_ZERO);
        expectDrop(h, ipMutate(good, 12, 224), Drop.IP_BAD_SOURCE);
        expectDrop(h, ipMutate(good, 12, 127), Drop.IP_BAD_SOURCE);
        expectDrop(h, ipMutate(good, 16, 11), Drop.IP_NOT_FOR_US);
        expectDrop(h, ipMutate(good, 9, 99), Drop.IP_UNKNOWN_PROTOCOL);
        h.assertNoInternalErrors();
    }

    /** good with IP header byte i set to v (checksum fixed). */
    static byte[] ipMutate(byte[] good, int i, int v) {
        byte[] f = good.clone();
        f[14 + i] = (byte) v;
        fixIp(f);
        return f;
    }

    static void fixIp(byte[] f) {
        int ihl = Math.max(20, (f[14] & 15) * 4);
        put16(f, 24, 0);
        put16(f, 24, cksum(f, 14, Math.min(ihl, f.length - 14), 0));
    }

    static void expectDrop(StackHarness h, byte[] frame, Drop reason) {
        long before = h.stack.stats().drops(reason);
        h.in(frame);
        assertEquals(before + 1, h.stack.stats().drops(reason), reason + ": " + h.stack.stats().dropSummary());
    }
}

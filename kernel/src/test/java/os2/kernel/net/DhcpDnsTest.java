package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;
import static os2.kernel.net.Packets.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DhcpDnsTest {
    static final int DNS_IP = Ip4.of(10, 0, 2, 3);

    /** A DHCP reply (BOOTREPLY) of the given type for xid, as QEMU's user network builds it. */
    static byte[] dhcpReply(int type, int xid, int yiaddr, int leaseSeconds) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] fixed = new byte[240];
        fixed[0] = 2;
        fixed[1] = 1;
        fixed[2] = 6;
        put32(fixed, 4, xid);
        put32(fixed, 16, yiaddr);
        System.arraycopy(MAC_US, 0, fixed, 28, 6);
        put32(fixed, 236, 0x63825363);
        o.write(fixed, 0, 240);
        byte[] opts = {53, 1, (byte) type, 54, 4, 10, 0, 2, 2, 1, 4, (byte) 255, (byte) 255, (byte) 255, 0,
            3, 4, 10, 0, 2, 2, 6, 4, 10, 0, 2, 3, 51, 4, 0, 0, 0, 0, (byte) 255};
        put32(opts, 29, leaseSeconds);
        o.write(opts, 0, opts.length);
        byte[] msg = o.toByteArray();
        return eth(MAC_BCAST, MAC_PEER, 0x0800, ipv4(IP_PEER, Ip4.BROADCAST, 17, 3, 0,
                udp(IP_PEER, Ip4.BROADCAST, 67, 68, msg)));
    }

    /** The DHCP message type and xid of a frame the client sent; checks the headers. */
    static int[] dhcpSent(byte[] f, boolean broadcast) {
        assertEquals(0x0800, get16(f, 12));
        assertEquals(17, f[23]);
        if (broadcast) {
            assertArrayEquals(MAC_BCAST, java.util.Arrays.copyOf(f, 6));
            assertEquals(Ip4.BROADCAST, get32(f, 30));
        }
        assertEquals(68, get16(f, L4));
        assertEquals(67, get16(f, L4 + 2));
        int m = L4 + 8;
        assertEquals(1, f[m]);
        assertEquals(0x63825363, get32(f, m + 236));
        assertEquals(53, f[m + 240]);
        return new int[]{f[m + 242], get32(f, m + 4), get32(f, m + 12)};
    }

    @Test
    void aFixedDnsServerWinsOverTheLeases() {
        FakeClock clock = new FakeClock(0);
        CaptureDevice dev = new CaptureDevice(MAC_US);
        NetStack stack = new NetStack(dev, clock);
        int fixed = Ip4.of(192, 168, 77, 1);
        stack.fixDnsServer(fixed);
        assertEquals(fixed, stack.dnsServer(), "before any configuration");
        stack.configure(IP_US, Ip4.of(255, 255, 255, 0), 0, DNS_IP);
        assertEquals(fixed, stack.dnsServer(), "a lease's server does not replace it");
        stack.configure(0, 0, 0, 0);
        assertEquals(fixed, stack.dnsServer(), "nor does losing the lease");
        NetStack plain = new NetStack(new CaptureDevice(MAC_US), clock);
        plain.configure(IP_US, Ip4.of(255, 255, 255, 0), 0, DNS_IP);
        assertEquals(DNS_IP, plain.dnsServer(), "without one the lease's server is used");
    }

    @Test
    void dhcpObtainsRenewsAndLosesALease() {
        FakeClock clock = new FakeClock(0);
        CaptureDevice dev = new CaptureDevice(MAC_US);
        NetStack stack = new NetStack(dev, clock);
        List<String> events = new ArrayList<>();
        stack.dhcp().start(new DhcpListener() {
            @Override
            public void onBound(int a, int mask, int router, int dns, long lease) {
                events.add("bound " + Ip4.toString(a) + " " + Ip4.toString(mask) + " " + Ip4.toString(router)
                        + " " + Ip4.toString(dns) + " " + lease);
            }

            @Override
            public void onLost() {
                events.add("lost");
            }
        });
        int[] discover = dhcpSent(dev.take().get(0), true);
        assertEquals(1, discover[0]);
        assertEquals(Dhcp.State.SELECTING, stack.dhcp().state());
        clock.advance(4000);
        stack.tick();
        assertEquals(1, dhcpSent(dev.take().get(0), true)[0], "DISCOVER again after 4 s");
        byte[] wrongXid = dhcpReply(2, discover[1] + 1, IP_US, 100);
        stack.receive(wrongXid, wrongXid.length);
        assertEquals(1, stack.stats().drops(Drop.DHCP_UNEXPECTED));
        byte[] offer = dhcpReply(2, discover[1], IP_US, 100);
        stack.receive(offer, offer.length);
        int[] request = dhcpSent(dev.take().get(0), true);
        assertEquals(3, request[0]);
        assertEquals(Dhcp.State.REQUESTING, stack.dhcp().state());
        byte[] ack = dhcpReply(5, discover[1], IP_US, 100);
        stack.receive(ack, ack.length);
        assertEquals(List.of("bound 10.0.2.15 255.255.255.0 10.0.2.2 10.0.2.3 100"), events);
        assertEquals(IP_US, stack.address());
        assertEquals(Ip4.of(10, 0, 2, 3), stack.dnsServer());
        // T1 = 50 s: a unicast REQUEST to the server (after ARP for it).
        clock.advance(50_000);
        stack.tick();
        List<byte[]> out = dev.take();
        assertEquals(0x0806, get16(out.get(0), 12));
        byte[] arpReply = eth(MAC_US, MAC_PEER, 0x0806, arp(2, MAC_PEER, IP_PEER, MAC_US, IP_US));
        stack.receive(arpReply, arpReply.length);
        int[] renew = dhcpSent(dev.take().get(0), false);
        assertEquals(3, renew[0]);
        assertEquals(IP_US, renew[2], "ciaddr set when renewing");
        assertEquals(Dhcp.State.RENEWING, stack.dhcp().state());
        ack = dhcpReply(5, discover[1], IP_US, 100);
        stack.receive(ack, ack.length);
        assertEquals(Dhcp.State.BOUND, stack.dhcp().state());
        assertEquals(2, events.size());
        // No answers at all: REBINDING at T2, then the lease ends.
        for (int i = 0; i < 200 && events.size() < 3; i++) {
            clock.advance(1000);
            stack.tick();
        }
        assertEquals("lost", events.get(2));
        assertEquals(0, stack.address());
        assertEquals(Dhcp.State.SELECTING, stack.dhcp().state());
    }

    @Test
    void dhcpNakRestartsAndMalformedRepliesAreCounted() {
        FakeClock clock = new FakeClock(0);
        CaptureDevice dev = new CaptureDevice(MAC_US);
        NetStack stack = new NetStack(dev, clock);
        stack.dhcp().start((a, m, r, d, l) -> { });
        int xid = dhcpSent(dev.take().get(0), true)[1];
        byte[] offer = dhcpReply(2, xid, IP_US, 100);
        stack.receive(offer, offer.length);
        dev.take();
        byte[] nak = dhcpReply(6, xid, 0, 0);
        stack.receive(nak, nak.length);
        assertEquals(Dhcp.State.SELECTING, stack.dhcp().state());
        assertEquals(1, dhcpSent(dev.take().get(0), true)[0]);
        byte[] bad = dhcpReply(2, xid, IP_US, 100);
        bad[bad.length - 30] = 60;   // an option length running past the end
        put16(bad, L4 + 6, 0);       // no UDP checksum, so the DHCP parser sees it
        stack.receive(bad, bad.length);
        assertEquals(1, stack.stats().drops(Drop.DHCP_MALFORMED));
    }

    // ---- DNS ----

    static StackHarness dnsHarness() {
        StackHarness h = new StackHarness().learnPeer();
        h.in(eth(MAC_BCAST, MAC_PEER, 0x0806, arp(1, MAC_PEER, DNS_IP, new byte[6], IP_US)));
        h.out();
        return h;
    }

    static final class Result implements DnsListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onResolved(String name, int ip) {
            events.add(name + "=" + Ip4.toString(ip));
        }

        @Override
        public void onFailed(String name, String reason) {
            events.add(name + ": " + reason);
        }
    }

    /** The query the stack sent: [id, source port]; checks its shape. */
    static int[] query(StackHarness h) {
        byte[] f = h.out().get(0);
        assertEquals(DNS_IP, get32(f, 30));
        assertEquals(53, get16(f, L4 + 2));
        int m = L4 + 8;
        assertEquals(0x0100, get16(f, m + 2));
        assertEquals(1, get16(f, m + 4));
        return new int[]{get16(f, m), get16(f, L4)};
    }

    static byte[] response(int id, int port, int rcode, byte[]... answers) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] hdr = new byte[12];
        put16(hdr, 0, id);
        put16(hdr, 2, 0x8180 | rcode);
        put16(hdr, 4, 1);
        put16(hdr, 6, answers.length);
        o.write(hdr, 0, 12);
        byte[] q = {7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1};
        o.write(q, 0, q.length);
        for (byte[] a : answers) {
            o.write(a, 0, a.length);
        }
        byte[] msg = o.toByteArray();
        return eth(MAC_US, MAC_PEER, 0x0800, ipv4(DNS_IP, IP_US, 17, 4, 0, udp(DNS_IP, IP_US, 53, port, msg)));
    }

    /** An answer record whose name is a pointer to offset ptr. */
    static byte[] record(int ptr, int type, byte[] rdata) {
        byte[] r = new byte[12 + rdata.length];
        put16(r, 0, 0xc000 | ptr);
        put16(r, 2, type);
        put16(r, 4, 1);
        put32(r, 6, 300);
        put16(r, 10, rdata.length);
        System.arraycopy(rdata, 0, r, 12, rdata.length);
        return r;
    }

    @Test
    void dnsResolvesWithCompressionAndCname() {
        StackHarness h = dnsHarness();
        Result r = new Result();
        h.stack.dns().resolve("example.com", r);
        int[] q = query(h);
        byte[] cname = {3, 'w', 'w', 'w', (byte) 0xc0, 12};   // www + pointer to example.com
        byte[] wrongId = response(q[0] ^ 1, q[1], 0, record(12, 1, new byte[]{1, 2, 3, 4}));
        h.in(wrongId);
        assertEquals(1, h.stack.stats().drops(Drop.DNS_UNEXPECTED));
        h.in(response(q[0], q[1], 0, record(12, 5, cname), record(12, 1, new byte[]{93, (byte) 184, (byte) 216, 34})));
        assertEquals(List.of("example.com=93.184.216.34"), r.events);
    }

    @Test
    void dnsReportsNoSuchName() {
        StackHarness h = dnsHarness();
        Result r = new Result();
        h.stack.dns().resolve("example.com", r);
        int[] q = query(h);
        h.in(response(q[0], q[1], 3));
        assertEquals(List.of("example.com: no such name"), r.events);
    }

    @Test
    void dnsRejectsPointerLoopsAndRetriesThenTimesOut() {
        StackHarness h = dnsHarness();
        Result r = new Result();
        h.stack.dns().resolve("example.com", r);
        int[] q = query(h);
        byte[] loop = record(29, 1, new byte[]{1, 2, 3, 4});   // points at itself (offset 29)
        h.in(response(q[0], q[1], 0, loop));
        byte[] forward = record(200, 1, new byte[]{1, 2, 3, 4});
        h.in(response(q[0], q[1], 0, forward));
        assertEquals(2, h.stack.stats().drops(Drop.DNS_MALFORMED));
        assertTrue(r.events.isEmpty(), "a bad answer does not end the lookup");
        h.advance(Dns.TIMEOUT_MS);
        int[] q2 = query(h);
        assertNotEquals(q[0], q2[0], "a new id per try");
        h.advance(Dns.TIMEOUT_MS);
        query(h);
        h.advance(Dns.TIMEOUT_MS);
        assertEquals(List.of("example.com: timed out"), r.events);
    }

    @Test
    void dnsNumericAndInvalidNames() {
        StackHarness h = dnsHarness();
        Result r = new Result();
        h.stack.dns().resolve("10.0.2.2", r);
        assertEquals(List.of("10.0.2.2=10.0.2.2"), r.events);
        assertTrue(h.out().isEmpty());
        for (String bad : new String[]{"", "a..b", "-x y", "a".repeat(64) + ".com", "\u00e9.com"}) {
            assertThrows(IllegalArgumentException.class, () -> h.stack.dns().resolve(bad, r), bad);
        }
    }

    @Test
    void dnsNameReaderIsBounded() {
        byte[] m = new byte[400];
        int at = 12;
        for (int i = 0; i < 5; i++) {
            m[at++] = 63;
            at += 63;
        }
        m[at] = 0;
        assertEquals(-1, DnsMessage.readName(m, 12, m.length, new StringBuilder()), "more than 255 bytes");
        byte[] cut = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 'a', 'b'};
        assertEquals(-1, DnsMessage.readName(cut, 12, cut.length, new StringBuilder()), "truncated label");
        byte[] reserved = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0};
        assertEquals(-1, DnsMessage.readName(reserved, 12, reserved.length, new StringBuilder()));
    }
}

package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;
import static os2.kernel.net.Packets.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import os2.kernel.sock.DatagramQueue;
import os2.kernel.sock.DatagramSocket;

/** The kernel's UDP and ping sockets (os2.kernel.sock.DatagramSocket) on a stack with a fake clock. */
class DatagramSocketTest {
    private long nanos = 5_000_000_000L;

    private DatagramSocket socket(StackHarness h, int type) {
        return new DatagramSocket(h.stack, type, () -> nanos);
    }

    @Test
    void udpSocketReceivesQueuedDatagramsWithTheirSource() {
        StackHarness h = new StackHarness().learnPeer();
        DatagramSocket s = socket(h, DatagramSocket.UDP);
        assertEquals(7000, s.bind(7000));
        assertTrue(s.fixedPort());
        assertFalse(s.isReadable());
        h.in(udpFrame(5353, 7000, "hello".getBytes()));
        h.in(udpFrame(5354, 7000, new byte[0]));
        assertTrue(s.isReadable());
        assertEquals(5, s.readableValue());
        DatagramQueue.Datagram d = s.poll();
        assertEquals("hello", new String(d.data));
        assertEquals(IP_PEER, d.ip);
        assertEquals(5353, d.port);
        assertEquals(0, s.readableValue());
        assertEquals(5354, s.poll().port);
        assertFalse(s.isReadable());
        assertThrows(IllegalStateException.class, () -> s.bind(7001), "bound already");
        assertThrows(IllegalStateException.class, () -> socket(h, DatagramSocket.UDP).bind(7000), "port taken");
    }

    @Test
    void aFullQueueDropsAndCounts() {
        StackHarness h = new StackHarness().learnPeer();
        DatagramSocket s = socket(h, DatagramSocket.UDP);
        s.bind(7000);
        long before = DatagramSocket.droppedTotal();
        for (int i = 0; i < DatagramQueue.MAX_DATAGRAMS + 5; i++) {
            h.in(udpFrame(6000 + i, 7000, new byte[] {(byte) i}));
        }
        assertEquals(5, s.dropped());
        assertEquals(5, DatagramSocket.droppedTotal() - before);
        assertEquals(6000, s.poll().port, "the first ones were kept");
        h.assertNoInternalErrors();
    }

    @Test
    void sendingFromAnUnboundSocketTakesAnEphemeralPort() {
        StackHarness h = new StackHarness().learnPeer();
        DatagramSocket s = socket(h, DatagramSocket.UDP);
        assertEquals(DatagramSocket.SENT, s.sendTo(IP_PEER, 9999, "abc".getBytes(), 0, 3));
        assertTrue(s.port() >= Udp.EPHEMERAL_FIRST);
        assertFalse(s.fixedPort());
        List<byte[]> out = h.out();
        assertEquals(1, out.size());
        byte[] f = out.get(0);
        assertEquals(s.port(), get16(f, L4));
        assertEquals(9999, get16(f, L4 + 2));
        assertEquals("abc", new String(f, L4 + 8, 3));
        // The answer comes back to that port.
        h.in(udpFrame(9999, s.port(), "re".getBytes()));
        assertEquals("re", new String(s.poll().data));
    }

    @Test
    void closingReleasesThePortAndIgnoresLateDatagrams() {
        StackHarness h = new StackHarness().learnPeer();
        DatagramSocket s = socket(h, DatagramSocket.UDP);
        s.bind(7000);
        h.in(udpFrame(1, 7000, new byte[3]));
        s.close();
        assertTrue(s.isOver());
        assertTrue(s.isReadable(), "a closed socket does not block readers");
        assertNull(s.peek(), "queued datagrams are gone");
        h.in(udpFrame(1, 7000, new byte[3]));
        assertEquals(1, h.stack.stats().drops(Drop.UDP_NO_LISTENER));
        assertEquals(7000, socket(h, DatagramSocket.UDP).bind(7000), "the port is free again");
    }

    @Test
    void nothingIsSentBeforeTheInterfaceHasAnAddress() {
        StackHarness h = new StackHarness();
        h.stack.configure(0, 0, 0, 0);
        assertEquals(DatagramSocket.NO_ROUTE, socket(h, DatagramSocket.UDP).sendTo(IP_PEER, 53, new byte[1], 0, 1));
        assertEquals(DatagramSocket.NO_ROUTE, socket(h, DatagramSocket.PING).sendTo(IP_PEER, 0, new byte[1], 0, 1));
    }

    @Test
    void pingSocketQueuesARecordPerReplyAndTimeout() {
        StackHarness h = new StackHarness().learnPeer();
        DatagramSocket s = socket(h, DatagramSocket.PING);
        assertThrows(IllegalStateException.class, () -> s.bind(1));
        byte[] data = "0123456789".getBytes();
        int seq = s.sendTo(IP_PEER, 0, data, 0, data.length);
        assertTrue(seq >= 0);
        byte[] req = h.out().get(0);
        assertEquals(1, req[23], "ICMP");
        byte[] icmp = Arrays.copyOfRange(req, L4, L4 + 8 + data.length);
        assertEquals(8, icmp[0], "echo request");
        assertEquals("0123456789", new String(icmp, 8, data.length), "our data");
        icmp[0] = 0;
        put16(icmp, 2, 0);
        put16(icmp, 2, cksum(icmp, 0, icmp.length, 0));
        nanos += 1_234_567;
        h.in(eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 1, 3, 0, icmp)));
        DatagramQueue.Datagram d = s.poll();
        assertNotNull(d);
        assertEquals(DatagramSocket.PING_RECORD, d.data.length);
        assertEquals(IP_PEER, d.ip);
        assertEquals(seq, (d.data[0] & 0xFF) | (d.data[1] & 0xFF) << 8);
        assertEquals(DatagramSocket.RECORD_REPLY, d.data[2]);
        assertEquals(data.length, d.data[4]);
        assertEquals(1_234_567L, le64(d.data, 8), "the round trip in nanoseconds, from the socket's clock");

        int seq2 = s.sendTo(IP_PEER, 0, data, 0, 0);
        h.advance(DatagramSocket.PING_TIMEOUT_MS);
        d = s.poll();
        assertEquals(seq2, (d.data[0] & 0xFF) | (d.data[1] & 0xFF) << 8);
        assertEquals(DatagramSocket.RECORD_TIMEOUT, d.data[2]);
        h.assertNoInternalErrors();
    }

    @Test
    void tooManyOutstandingPingsAreRefused() {
        StackHarness h = new StackHarness().learnPeer();
        DatagramSocket s = socket(h, DatagramSocket.PING);
        for (int i = 0; i < Icmp.MAX_OUTSTANDING; i++) {
            assertTrue(s.sendTo(IP_PEER, 0, new byte[0], 0, 0) >= 0);
        }
        assertEquals(DatagramSocket.BUSY, s.sendTo(IP_PEER, 0, new byte[0], 0, 0));
        h.advance(DatagramSocket.PING_TIMEOUT_MS);
        assertTrue(s.sendTo(IP_PEER, 0, new byte[0], 0, 0) >= 0, "timeouts free the slots");
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xFF);
        }
        return v;
    }
}

package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;
import static os2.kernel.net.Packets.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Retransmission timing, fast retransmit, windows and reassembly against a scripted peer. */
class TcpFlowTest {
    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + seed);
        }
        return b;
    }

    @Test
    void synRetransmissionBacksOffAndTimesOut() {
        TcpHarness h = new TcpHarness();
        h.conn = h.stack.tcp().connect(IP_PEER, TcpHarness.PEER_PORT, h);
        h.one();
        long[] gaps = {1000, 2000, 4000, 8000, 16000};
        for (long gap : gaps) {
            h.advance(gap - 1);
            assertTrue(h.segs().isEmpty(), "not before " + gap);
            h.advance(1);
            assertTrue(h.one().has(SYN), "SYN again after " + gap);
        }
        h.advance(32000);
        assertEquals(List.of("closed TIMEOUT"), h.events);
    }

    @Test
    void dataRetransmissionUsesMeasuredRttAndDoubles() {
        TcpHarness h = new TcpHarness();
        h.conn = h.stack.tcp().connect(IP_PEER, TcpHarness.PEER_PORT, h);
        Packets.Seg syn = h.one();
        h.clock.advance(100);   // RTT 100 ms: SRTT 100, RTTVAR 50, RTO = 100 + 4*50 = 300
        h.in(tcpFrame(TcpHarness.PEER_PORT, h.conn.localPort(), 1, syn.seq + 1, SYN | ACK, 60000,
                TcpHarness.synOpts(1460, 0), new byte[0]));
        h.one();
        assertEquals(300, h.conn.rto());
        h.conn.send(bytes(100, 1), 0, 100);
        Packets.Seg first = h.one();
        h.advance(299);
        assertTrue(h.segs().isEmpty());
        h.advance(1);
        Packets.Seg again = h.one();
        assertEquals(first.seq, again.seq);
        assertArrayEquals(first.data, again.data);
        assertEquals(600, h.conn.rto(), "backed off");
        h.advance(600);
        assertEquals(first.seq, h.one().seq);
        assertEquals(1200, h.conn.rto());
        assertEquals(1460, h.conn.congestionWindow(), "loss window: one segment");
        // The ACK ends retransmission; Karn: no RTT sample from a retransmitted segment.
        h.peerTo(2, first.seq + 100, ACK, 60000, new byte[0]);
        h.advance(5000);
        assertTrue(h.segs().isEmpty());
        assertEquals(1200, h.conn.rto());
        assertEquals(2, h.stack.stats().tcpRetransmits());
    }

    @Test
    void tooManyRetransmissionsTimeOut() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.conn.send(new byte[10], 0, 10);
        for (int i = 0; i < 40 && h.conn.state() != TcpState.CLOSED; i++) {
            h.advance(60_000);
        }
        assertEquals("closed TIMEOUT", h.events.get(h.events.size() - 1));
        assertEquals(TcpOutput.DATA_RETRIES, h.stack.stats().tcpRetransmits());
    }

    @Test
    void fastRetransmitOnThreeDuplicateAcksAndNewRenoRecovery() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1000, 0), 65535);
        assertEquals(4000, h.conn.congestionWindow(), "RFC 5681 initial window for MSS 1000");
        byte[] data = bytes(8000, 3);
        h.conn.send(data, 0, data.length);
        List<Packets.Seg> flight = h.segs();
        assertEquals(4, flight.size());
        int una = iss + 1;
        // Segment 1 lost: the peer acknowledges segment 0 and then sends duplicates.
        h.peer(1001, una + 1000, ACK, 65535, new byte[0]);
        assertEquals(2, h.segs().size(), "slow start: cwnd 5000, 2 new segments");
        for (int i = 0; i < 2; i++) {
            h.peer(1001, una + 1000, ACK, 65535, new byte[0]);
            assertTrue(h.segs().isEmpty());
        }
        h.peer(1001, una + 1000, ACK, 65535, new byte[0]);
        List<Packets.Seg> rtx = h.segs();
        assertFalse(rtx.isEmpty());
        assertEquals(una + 1000, rtx.get(0).seq, "fast retransmit of the missing segment, no timer");
        // ssthresh = max(flight/2, 2*MSS) = 2500; cwnd = ssthresh + 3 MSS
        assertEquals(5500, h.conn.congestionWindow());
        // A partial ACK (up to segment 3 only): the next hole is resent at once.
        h.peer(1001, una + 3000, ACK, 65535, new byte[0]);
        List<Packets.Seg> partial = h.segs();
        assertEquals(una + 3000, partial.get(0).seq);
        // The full ACK ends recovery with cwnd <= ssthresh.
        h.peer(1001, una + 6000, ACK, 65535, new byte[0]);
        assertTrue(h.conn.congestionWindow() <= 2500);
        assertTrue(h.stack.stats().tcpRetransmits() >= 2);
    }

    @Test
    void congestionAvoidanceGrowsLinearly() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1000, 0), 65535);
        h.conn.cc.ssthresh = 4000;
        byte[] data = bytes(4000, 1);
        h.conn.send(data, 0, 4000);
        h.segs();
        h.peer(1001, iss + 1 + 1000, ACK, 65535, new byte[0]);
        assertEquals(4250, h.conn.congestionWindow(), "cwnd += MSS*MSS/cwnd");
    }

    @Test
    void sequenceNumbersWrapAround() {
        TcpHarness h = new TcpHarness();
        h.stack.tcp().setIsnSource(() -> 0xffffff00);
        int peerIsn = 0xfffffff0;
        int iss = h.acceptFrom(peerIsn, TcpHarness.synOpts(1460, 0), 65535);
        assertEquals(0xffffff00, iss);
        byte[] up = bytes(3000, 5);
        int seq = peerIsn + 1;
        h.peer(seq, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(up, 0, 1000));
        h.peer(seq + 2000, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(up, 2000, 3000));   // out of order, past 2^32
        h.peer(seq + 1000, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(up, 1000, 2000));
        assertArrayEquals(up, h.received.toByteArray());
        List<Packets.Seg> acks = h.segs();
        assertEquals(seq + 3000, acks.get(acks.size() - 1).ack);
        byte[] down = bytes(3000, 9);
        h.conn.send(down, 0, down.length);
        List<Packets.Seg> out = h.segs();
        int next = iss + 1;
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        for (Packets.Seg s : out) {
            assertEquals(next, s.seq);
            next += s.data.length;
            got.write(s.data, 0, s.data.length);
        }
        assertArrayEquals(down, got.toByteArray());
        h.peer(seq + 3000, next, ACK, 65535, new byte[0]);
        assertEquals(0, h.conn.unacknowledged());
        assertTrue(Integer.compareUnsigned(next, 0x1000) < 0, "sent across 2^32");
    }

    @Test
    void windowScalingAppliesToThePeerWindow() {
        TcpHarness h = new TcpHarness();
        // The handshake ACK's window field 2, shifted by 10: 2048 bytes.
        TcpHarness h2 = new TcpHarness();
        h2.stack.tcp().listen(80, 4, h2);
        h2.peerWithOptions(1000, 0, SYN, 65535, TcpHarness.synOpts(1024, 10));
        Packets.Seg synAck = h2.one();
        h2.peer(1001, synAck.seq + 1, ACK, 2, new byte[0]);
        assertEquals(2048, h2.conn.sendWindow());
        h2.conn.send(bytes(5000, 2), 0, 5000);
        List<Packets.Seg> out = h2.segs();
        int total = out.stream().mapToInt(s -> s.data.length).sum();
        assertEquals(2048, total, "exactly the scaled window, in two full segments");
        assertEquals(2, out.size());
        // Our own window field is scaled by our shift (1 for 64 KiB).
        assertEquals(32768, out.get(0).window);
    }

    @Test
    void withoutPeerScalingOurWindowIsUnscaled() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, -1), 65535);
        h.conn.send(new byte[1], 0, 1);
        assertEquals(65535, h.one().window);
    }

    @Test
    void zeroWindowProbesUntilTheWindowOpens() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 0), 0);
        assertEquals(0, h.conn.sendWindow());
        h.conn.send(bytes(100, 1), 0, 100);
        assertTrue(h.segs().isEmpty(), "nothing fits a zero window");
        long rto = h.conn.rto();
        h.advance(rto);
        Packets.Seg probe = h.one();
        assertEquals(iss, probe.seq, "probe with SND.UNA - 1");
        assertEquals(0, probe.data.length);
        h.peer(1001, iss + 1, ACK, 0, new byte[0]);
        h.advance(2 * rto - 1);
        assertTrue(h.segs().isEmpty());
        h.advance(1);
        assertEquals(iss, h.one().seq, "second probe after twice the interval");
        h.peer(1001, iss + 1, ACK, 1000, new byte[0]);
        Packets.Seg data = h.one();
        assertEquals(100, data.data.length);
        assertEquals(iss + 1, data.seq);
        h.peer(1001, iss + 101, ACK, 1000, new byte[0]);
        h.advance(30000);
        assertFalse(h.segs().stream().anyMatch(s -> s.seq == iss), "no probes once the window is open");
    }

    @Test
    void ourZeroWindowRefusesDataAndReopensAfterRead() {
        TcpHarness h = new TcpHarness();
        h.stack.tcp().setBufferSizes(4096, 2048);
        h.readOnData = false;
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 0), 65535);
        h.peer(1001, iss + 1, ACK, 65535, bytes(1024, 0));
        h.peer(2025, iss + 1, ACK, 65535, bytes(1024, 1));
        Packets.Seg ack = h.segs().get(0);
        assertEquals(3049, ack.ack);
        assertEquals(0, ack.window, "buffer full");
        h.peer(3049, iss + 1, ACK, 65535, new byte[]{42});   // the peer's 1-byte probe
        Packets.Seg answer = h.one();
        assertEquals(3049, answer.ack, "the byte is not taken");
        assertEquals(0, answer.window);
        byte[] b = new byte[4096];
        assertEquals(2048, h.conn.read(b, 0, b.length));
        Packets.Seg update = h.one();
        assertEquals(2048, update.window, "window update after the read");
    }

    @Test
    void outOfOrderSegmentsAreReassembledAndDuplicateAcked() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 0), 65535);
        byte[] d = bytes(4000, 4);
        h.peer(1001 + 3000, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(d, 3000, 4000));
        h.peer(1001 + 1000, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(d, 1000, 2000));
        h.peer(1001 + 1000, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(d, 1000, 2000));   // duplicate
        List<Packets.Seg> dups = h.segs();
        assertEquals(3, dups.size(), "an immediate duplicate ACK for each");
        for (Packets.Seg s : dups) {
            assertEquals(1001, s.ack);
        }
        h.peer(1001, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(d, 0, 1000));
        assertEquals(3001, h.one().ack);
        h.peer(1001 + 2000, iss + 1, ACK, 65535, java.util.Arrays.copyOfRange(d, 2000, 3000));
        assertEquals(5001, h.one().ack);
        assertArrayEquals(d, h.received.toByteArray());
    }

    @Test
    void finBeforeMissingDataWaitsForIt() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 0), 65535);
        h.peer(1101, iss + 1, ACK | FIN, 65535, bytes(50, 1));
        assertEquals(TcpState.ESTABLISHED, h.conn.state());
        h.peer(1001, iss + 1, ACK, 65535, bytes(100, 2));
        assertEquals(TcpState.CLOSE_WAIT, h.conn.state());
        assertEquals(150, h.received.size());
        assertEquals(List.of("accept", "eof"), h.events, "one event: all 150 bytes, then the end");
    }

    @Test
    void delayedAckFiresAfterTimeout() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 0), 65535);
        h.peer(1001, iss + 1, ACK, 65535, bytes(10, 1));
        assertTrue(h.segs().isEmpty());
        h.advance(TcpOutput.DELAYED_ACK_MS);
        assertEquals(1011, h.one().ack);
        h.peer(1011, iss + 1, ACK, 65535, bytes(10, 1));
        h.peer(1021, iss + 1, ACK, 65535, bytes(10, 1));
        assertEquals(1031, h.one().ack, "every second segment at once");
    }
}

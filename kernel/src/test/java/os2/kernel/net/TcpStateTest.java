package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;
import static os2.kernel.net.Packets.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every TCP state transition against a scripted peer. */
class TcpStateTest {
    @Test
    void passiveOpenDataAndPassiveClose() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        assertEquals(List.of("accept"), h.events);
        h.peer(1001, iss + 1, ACK | PSH, 65535, "hello".getBytes());
        assertEquals("hello", h.received.toString());
        assertEquals(5, h.conn.send("world".getBytes(), 0, 5));
        Packets.Seg s = h.one();
        assertEquals(iss + 1, s.seq);
        assertEquals(1006, s.ack, "the data was acknowledged with our data");
        assertEquals("world", new String(s.data));
        h.peer(1006, iss + 6, ACK | FIN, 65535, new byte[0]);
        assertEquals(TcpState.CLOSE_WAIT, h.conn.state());
        assertEquals(1007, h.one().ack);
        assertEquals(List.of("accept", "data", "eof"), h.events);
        h.conn.close();
        assertEquals(TcpState.LAST_ACK, h.conn.state());
        Packets.Seg fin = h.one();
        assertTrue(fin.has(FIN));
        assertEquals(iss + 6, fin.seq);
        h.peer(1007, iss + 7, ACK, 65535, new byte[0]);
        assertEquals(TcpState.CLOSED, h.conn.state());
        assertEquals("closed NORMAL", h.events.get(h.events.size() - 1));
        assertEquals(0, h.stack.tcp().connectionCount());
    }

    @Test
    void synAckCarriesOptionsAndWindowScaleOnlyWhenOffered() {
        TcpHarness h = new TcpHarness();
        h.stack.tcp().listen(80, 4, h);
        h.peerWithOptions(5, 0, SYN, 1000, TcpHarness.synOpts(1200, 2));
        Packets.Seg s = h.one();
        assertEquals(1460, s.mss);
        assertEquals(1, s.wscale, "64 KiB buffer: shift 1");
        assertEquals(65535, s.window, "a SYN's window is not scaled");
        h.in(tcpFrame(40001, 80, 9, 0, SYN, 1000, TcpHarness.synOpts(1200, -1), new byte[0]));
        s = h.one();
        assertEquals(-1, s.wscale);
    }

    @Test
    void activeOpenAndActiveCloseThroughTimeWait() {
        TcpHarness h = new TcpHarness();
        int iss = h.connectTo(7000, TcpHarness.synOpts(1460, 0), 8192);
        assertEquals(List.of("connected"), h.events);
        h.conn.close();
        assertEquals(TcpState.FIN_WAIT_1, h.conn.state());
        Packets.Seg fin = h.one();
        assertTrue(fin.has(FIN));
        h.peerTo(7001, iss + 2, ACK, 8192, new byte[0]);
        assertEquals(TcpState.FIN_WAIT_2, h.conn.state());
        h.peerTo(7001, iss + 2, ACK | FIN, 8192, new byte[0]);
        assertEquals(TcpState.TIME_WAIT, h.conn.state());
        assertEquals(7002, h.one().ack);
        assertEquals("closed NORMAL", h.events.get(h.events.size() - 1));
        // A retransmitted FIN in TIME_WAIT is acknowledged again.
        h.peerTo(7001, iss + 2, ACK | FIN, 8192, new byte[0]);
        assertEquals(7002, h.one().ack);
        h.advance(Tcp.TIME_WAIT_MS - 1);
        assertEquals(1, h.stack.tcp().connectionCount());
        h.advance(1);
        assertEquals(0, h.stack.tcp().connectionCount());
        assertEquals(1, h.events.stream().filter(e -> e.startsWith("closed")).count());
    }

    @Test
    void simultaneousCloseGoesThroughClosing() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.conn.close();
        h.one();
        h.peer(1001, iss + 1, ACK | FIN, 65535, new byte[0]);   // their FIN crosses ours
        assertEquals(TcpState.CLOSING, h.conn.state());
        assertEquals(1002, h.one().ack);
        h.peer(1002, iss + 2, ACK, 65535, new byte[0]);
        assertEquals(TcpState.TIME_WAIT, h.conn.state());
    }

    @Test
    void finAckingOurFinGoesStraightToTimeWait() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.conn.close();
        h.one();
        h.peer(1001, iss + 2, ACK | FIN, 65535, new byte[0]);
        assertEquals(TcpState.TIME_WAIT, h.conn.state());
    }

    @Test
    void simultaneousOpen() {
        TcpHarness h = new TcpHarness();
        h.conn = h.stack.tcp().connect(IP_PEER, TcpHarness.PEER_PORT, h);
        Packets.Seg syn = h.one();
        h.in(tcpFrame(TcpHarness.PEER_PORT, h.conn.localPort(), 500, 0, SYN, 4000, TcpHarness.synOpts(1000, 1), new byte[0]));
        assertEquals(TcpState.SYN_RECEIVED, h.conn.state());
        Packets.Seg synAck = h.one();
        assertTrue(synAck.has(SYN) && synAck.has(ACK));
        assertEquals(syn.seq, synAck.seq);
        assertEquals(501, synAck.ack);
        h.peerTo(501, syn.seq + 1, ACK, 4000, new byte[0]);
        assertEquals(TcpState.ESTABLISHED, h.conn.state());
        assertEquals(List.of("connected"), h.events);
        assertEquals(1000, h.conn.mss());
    }

    @Test
    void refusedConnection() {
        TcpHarness h = new TcpHarness();
        h.conn = h.stack.tcp().connect(IP_PEER, TcpHarness.PEER_PORT, h);
        Packets.Seg syn = h.one();
        h.peerTo(0, syn.seq + 1, RST | ACK, 0, new byte[0]);
        assertEquals(List.of("closed REFUSED"), h.events);
        assertEquals(TcpState.CLOSED, h.conn.state());
    }

    @Test
    void synSentIgnoresBadAckWithReset() {
        TcpHarness h = new TcpHarness();
        h.conn = h.stack.tcp().connect(IP_PEER, TcpHarness.PEER_PORT, h);
        Packets.Seg syn = h.one();
        h.peerTo(0, syn.seq + 5, ACK, 0, new byte[0]);
        Packets.Seg rst = h.one();
        assertTrue(rst.has(RST));
        assertEquals(syn.seq + 5, rst.seq);
        assertEquals(TcpState.SYN_SENT, h.conn.state());
    }

    @Test
    void resetRulesInEstablished() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.peer(1050, 0, RST, 0, new byte[0]);   // in window, not exact: challenge ACK
        Packets.Seg ch = h.one();
        assertTrue(ch.has(ACK) && !ch.has(RST));
        assertEquals(1001, ch.ack);
        assertEquals(TcpState.ESTABLISHED, h.conn.state());
        h.peer(1001 + 200000, 0, RST, 0, new byte[0]);   // outside the window: ignored silently
        assertTrue(h.segs().isEmpty());
        assertEquals(TcpState.ESTABLISHED, h.conn.state());
        h.peer(1001, 0, RST, 0, new byte[0]);
        assertEquals(TcpState.CLOSED, h.conn.state());
        assertEquals("closed RESET", h.events.get(h.events.size() - 1));
        assertTrue(h.segs().isEmpty(), "no answer to a reset");
    }

    @Test
    void synInEstablishedGetsChallengeAck() {
        TcpHarness h = new TcpHarness();
        h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.peerWithOptions(1100, 0, SYN, 1000, TcpHarness.NO_OPTS);
        Packets.Seg ch = h.one();
        assertEquals(1001, ch.ack);
        assertEquals(TcpState.ESTABLISHED, h.conn.state());
    }

    @Test
    void resetInSynReceivedFreesTheHalfOpenSlot() {
        TcpHarness h = new TcpHarness();
        TcpListenSocket l = h.stack.tcp().listen(80, 2, h);
        h.peerWithOptions(1000, 0, SYN, 1000, TcpHarness.NO_OPTS);
        h.one();
        assertEquals(1, l.halfOpen());
        h.peer(1001, 0, RST, 0, new byte[0]);
        assertEquals(0, l.halfOpen());
        assertEquals(0, h.stack.tcp().connectionCount());
        assertTrue(h.events.isEmpty(), "the application never heard of it");
    }

    @Test
    void closedPortAnswersWithReset() {
        TcpHarness h = new TcpHarness();
        h.peerWithOptions(1000, 0, SYN, 1000, TcpHarness.NO_OPTS);
        Packets.Seg r = h.one();
        assertTrue(r.has(RST) && r.has(ACK));
        assertEquals(1001, r.ack);
        assertEquals(0, r.seq);
        h.peer(1000, 12345, ACK, 1000, new byte[3]);
        r = h.one();
        assertTrue(r.has(RST) && !r.has(ACK));
        assertEquals(12345, r.seq);
        h.peer(1000, 12345, RST, 1000, new byte[0]);
        assertTrue(h.segs().isEmpty());
    }

    @Test
    void badAckInSynReceivedIsReset() {
        TcpHarness h = new TcpHarness();
        h.stack.tcp().listen(80, 2, h);
        h.peerWithOptions(1000, 0, SYN, 1000, TcpHarness.NO_OPTS);
        Packets.Seg synAck = h.one();
        h.peer(1001, synAck.seq + 10, ACK, 1000, new byte[0]);
        Packets.Seg r = h.one();
        assertTrue(r.has(RST));
        assertEquals(synAck.seq + 10, r.seq);
    }

    @Test
    void synsAreDroppedWhileTheApplicationsAcceptQueueIsFull() {
        TcpHarness h = new TcpHarness();
        int[] room = {2};
        SocketListener app = new SocketListener() {
            @Override
            public int acceptRoom(TcpListenSocket socket) {
                return room[0];
            }
        };
        TcpListenSocket l = h.stack.tcp().listen(80, 10, app);
        for (int i = 0; i < 5; i++) {
            h.in(tcpFrame(41000 + i, 80, i * 1000, 0, SYN, 1000, TcpHarness.NO_OPTS, new byte[0]));
        }
        assertEquals(2, l.halfOpen(), "no more half-open connections than the application has room for");
        assertEquals(3, h.stack.stats().drops(Drop.TCP_ACCEPT_QUEUE_FULL));
        assertEquals(2, h.segs().size(), "SYN-ACKs; the other clients get no answer (not a reset) and retry");
        room[0] = 3;
        h.in(tcpFrame(41002, 80, 2000, 0, SYN, 1000, TcpHarness.NO_OPTS, new byte[0]));
        assertEquals(3, l.halfOpen(), "a retried SYN is taken once there is room");
    }

    @Test
    void synFloodIsLimitedByBacklogAndHalfOpenTimesOut() {
        TcpHarness h = new TcpHarness();
        TcpListenSocket l = h.stack.tcp().listen(80, 3, h);
        for (int i = 0; i < 10; i++) {
            h.in(tcpFrame(41000 + i, 80, i * 1000, 0, SYN, 1000, TcpHarness.NO_OPTS, new byte[0]));
        }
        assertEquals(3, l.halfOpen());
        assertEquals(7, h.stack.stats().drops(Drop.TCP_BACKLOG_FULL));
        assertEquals(3, h.segs().size());
        for (int i = 0; i < 200; i++) {
            h.advance(1000);
        }
        assertEquals(0, l.halfOpen());
        assertEquals(0, h.stack.tcp().connectionCount());
        // SYN-ACKs were retransmitted SYN_RETRIES times each.
        assertEquals(3 * TcpOutput.SYN_RETRIES, h.segs().size());
    }

    @Test
    void lastAckRetransmitsFin() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.peer(1001, iss + 1, ACK | FIN, 65535, new byte[0]);
        h.one();
        h.conn.close();
        Packets.Seg fin = h.one();
        h.advance(h.conn.rto());
        Packets.Seg again = h.one();
        assertTrue(again.has(FIN));
        assertEquals(fin.seq, again.seq);
        h.peer(1002, iss + 2, ACK, 65535, new byte[0]);
        assertEquals(TcpState.CLOSED, h.conn.state());
    }

    @Test
    void abortSendsReset() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.conn.abort();
        Packets.Seg r = h.one();
        assertTrue(r.has(RST));
        assertEquals(iss + 1, r.seq);
        assertEquals("closed ABORTED", h.events.get(h.events.size() - 1));
        assertThrows(IllegalStateException.class, () -> h.conn.send(new byte[1], 0, 1));
    }

    @Test
    void resetInClosingEndsNormally() {
        TcpHarness h = new TcpHarness();
        int iss = h.acceptFrom(1000, TcpHarness.synOpts(1460, 7), 65535);
        h.conn.close();
        h.one();
        h.peer(1001, iss + 1, ACK | FIN, 65535, new byte[0]);
        assertEquals(TcpState.CLOSING, h.conn.state());
        h.one();
        h.peer(1002, 0, RST, 0, new byte[0]);   // the peer's TIME_WAIT ended before our FIN came again
        assertEquals(TcpState.CLOSED, h.conn.state());
        assertEquals("closed NORMAL", h.events.get(h.events.size() - 1));
    }
}

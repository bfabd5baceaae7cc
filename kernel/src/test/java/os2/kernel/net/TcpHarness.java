package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;
import static os2.kernel.net.Packets.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** A stack and a scripted TCP peer (the test plays the peer, 10.0.2.2:40000). */
class TcpHarness extends StackHarness implements SocketListener {
    static final int PEER_PORT = 40000;
    static final int PORT = 80;
    static final byte[] NO_OPTS = {};
    final List<String> events = new ArrayList<>();
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    TcpConnection conn;
    boolean readOnData = true;

    TcpHarness() {
        learnPeer();
    }

    static byte[] synOpts(int mss, int wscale) {
        if (wscale < 0) {
            return new byte[]{2, 4, (byte) (mss >> 8), (byte) mss};
        }
        return new byte[]{2, 4, (byte) (mss >> 8), (byte) mss, 1, 3, 3, (byte) wscale};
    }

    /** The peer sends one segment to us. */
    void peer(int seq, int ack, int flags, int window, byte[] data) {
        in(tcpFrame(PEER_PORT, PORT, seq, ack, flags, window, NO_OPTS, data));
    }

    void peerWithOptions(int seq, int ack, int flags, int window, byte[] opts) {
        in(tcpFrame(PEER_PORT, PORT, seq, ack, flags, window, opts, new byte[0]));
    }

    /** What we sent since the last call, as TCP segments (other frames fail the test). */
    List<Packets.Seg> segs() {
        List<Packets.Seg> out = new ArrayList<>();
        for (byte[] f : out()) {
            out.add(parseTcp(f));
        }
        return out;
    }

    Packets.Seg one() {
        List<Packets.Seg> s = segs();
        assertEquals(1, s.size(), "segments: " + s);
        return s.get(0);
    }

    /** Listens on PORT and completes a passive open from peer ISN peerIsn; returns our ISN. */
    int acceptFrom(int peerIsn, byte[] synOptions, int peerWindow) {
        stack.tcp().listen(PORT, 8, this);
        peerWithOptions(peerIsn, 0, SYN, peerWindow, synOptions);
        Packets.Seg synAck = one();
        assertTrue(synAck.has(SYN) && synAck.has(ACK));
        assertEquals(peerIsn + 1, synAck.ack);
        peer(peerIsn + 1, synAck.seq + 1, ACK, peerWindow, new byte[0]);
        assertNotNull(conn);
        assertEquals(TcpState.ESTABLISHED, conn.state());
        return synAck.seq;
    }

    /** Connects to the peer and completes the handshake; returns our ISN. */
    int connectTo(int peerIsn, byte[] synOptions, int peerWindow) {
        conn = stack.tcp().connect(IP_PEER, PEER_PORT, this);
        Packets.Seg syn = one();
        assertTrue(syn.has(SYN) && !syn.has(ACK));
        in(tcpFrame(PEER_PORT, conn.localPort(), peerIsn, syn.seq + 1, SYN | ACK, peerWindow, synOptions, new byte[0]));
        Packets.Seg ack = one();
        assertEquals(peerIsn + 1, ack.ack);
        assertEquals(TcpState.ESTABLISHED, conn.state());
        return syn.seq;
    }

    /** For connections we opened: the peer segment to our ephemeral port. */
    void peerTo(int seq, int ack, int flags, int window, byte[] data) {
        in(tcpFrame(PEER_PORT, conn.localPort(), seq, ack, flags, window, NO_OPTS, data));
    }

    @Override
    public void onAccept(TcpListenSocket socket, TcpConnection c) {
        conn = c;
        events.add("accept");
    }

    @Override
    public void onConnected(TcpConnection c) {
        events.add("connected");
    }

    @Override
    public void onData(TcpConnection c) {
        if (!readOnData) {
            events.add("data");
            return;
        }
        byte[] b = new byte[100000];
        int n;
        while ((n = c.read(b, 0, b.length)) > 0) {
            received.write(b, 0, n);
        }
        events.add(n < 0 ? "eof" : "data");
    }

    @Override
    public void onClosed(TcpConnection c, CloseReason reason) {
        events.add("closed " + reason);
    }
}

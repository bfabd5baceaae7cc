package os2.kernel.net;

/**
 * A listening TCP port. A SYN creates a connection in SYN_RECEIVED; at most {@link
 * #backlog()} of those may wait for their handshake to complete (the SYN-flood limit:
 * further SYNs are dropped and counted until some complete or time out). A connection
 * whose handshake completes is handed to the listener's {@link SocketListener#onAccept}.
 */
public final class TcpListenSocket {
    final Tcp tcp;
    final int port;
    final int backlog;
    final SocketListener listener;
    int halfOpen;
    boolean closed;

    TcpListenSocket(Tcp tcp, int port, int backlog, SocketListener listener) {
        this.tcp = tcp;
        this.port = port;
        this.backlog = backlog;
        this.listener = listener;
    }

    /** A segment for our port that matches no connection (RFC 9293 3.10.7.2, LISTEN). */
    void input(TcpSegment s) {
        NetStats st = tcp.stack.stats;
        if (s.has(TcpSegment.RST)) {
            st.drop(Drop.TCP_RESET_IGNORED);
            return;
        }
        if (s.has(TcpSegment.ACK)) {
            tcp.resetFor(s);
            st.drop(Drop.TCP_BAD_ACK);
            return;
        }
        if (!s.has(TcpSegment.SYN)) {
            st.drop(Drop.TCP_UNACCEPTABLE);
            return;
        }
        if (halfOpen >= backlog) {
            st.drop(Drop.TCP_BACKLOG_FULL);
            return;
        }
        if (halfOpen >= listener.acceptRoom(this)) {
            st.drop(Drop.TCP_ACCEPT_QUEUE_FULL);   // the client retries its SYN; by then there may be room
            return;
        }
        TcpConnection c = tcp.admit(port, s.srcIp, s.srcPort, listener);
        if (c == null) {
            return;
        }
        c.parent = this;
        halfOpen++;
        c.state = TcpState.SYN_RECEIVED;
        c.irs = s.seq;
        c.rcvNxt = s.seq + 1;
        TcpInput.takeSynOptions(c, s);
        c.sndWnd = s.window;
        c.maxSndWnd = s.window;
        c.sndWl1 = s.seq;
        c.iss = tcp.isn(port, s.srcIp, s.srcPort);
        c.sndUna = c.iss;
        c.sndNxt = c.iss + 1;
        c.sndMax = c.sndNxt;
        c.cc.time(c.sndNxt, tcp.stack.now());
        TcpOutput.sendSyn(c);   // data carried by the SYN is not kept; the peer sends it again
    }

    /** Stops listening; established connections go on, half-open ones are reset when they complete. */
    public void close() {
        closed = true;
        tcp.unlisten(this);
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** The largest number of half-open connections. */
    public int backlog() {
        return backlog;
    }

    /** Connections in SYN_RECEIVED now. */
    public int halfOpen() {
        return halfOpen;
    }
}

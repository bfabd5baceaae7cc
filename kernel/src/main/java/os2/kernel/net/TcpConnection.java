package os2.kernel.net;

/**
 * One TCP connection (RFC 9293): its state, buffers, sequence variables and timers.
 * Segment arrival is in {@link TcpInput}, sending and retransmission in {@link
 * TcpOutput}, congestion control and RTT estimation in {@link TcpCongestion}.
 *
 * <p>The application side: {@link #send} copies into the send buffer (returning how
 * much fitted), {@link #read} copies out of the receive buffer, {@link #close} sends FIN
 * after the buffered data, {@link #abort} sends RST. Events arrive at the {@link
 * SocketListener}.
 */
public final class TcpConnection {
    static final long NEVER = Long.MAX_VALUE;

    final Tcp tcp;
    final NetStack stack;
    final int localPort;
    final int remoteIp;
    final int remotePort;
    TcpState state = TcpState.CLOSED;
    SocketListener listener;
    /** The listening socket of a passive open until the handshake completes. */
    TcpListenSocket parent;
    private boolean closedNotified;
    /** Events gathered while a segment is processed, delivered when it is done. */
    boolean dataEvent;
    boolean writableEvent;
    private boolean closePending;

    TcpSendBuffer sbuf;
    TcpRecvBuffer rbuf;
    int iss;
    int sndUna;
    int sndNxt;
    /** The highest sequence number sent (SND.NXT moves back after a timeout). */
    int sndMax;
    int sndWnd;
    int maxSndWnd;
    int sndWl1;
    int sndWl2;
    /** Shift applied to the peer's window fields, and to ours (0 unless both sent the option). */
    int sndScale;
    int rcvScale;
    int sendMss = 536;
    /** The peer's SYN carried the window scale option. */
    boolean peerScales;
    boolean finQueued;
    boolean finSent;
    int finSeq;

    int irs;
    int rcvNxt;
    boolean finReceived;
    boolean peerFinPending;
    int peerFinSeq;
    /** The window we last advertised, in bytes. */
    int lastAdvertised;
    int unackedSegments;
    boolean ackNow;

    final TcpCongestion cc = new TcpCongestion();
    long rtxAt = NEVER;
    long persistAt = NEVER;
    int persistShift;
    long delayedAckAt = NEVER;
    long timeWaitAt = NEVER;
    long finWait2At = NEVER;
    int retries;

    TcpConnection(Tcp tcp, int localPort, int remoteIp, int remotePort, SocketListener listener) {
        this.tcp = tcp;
        this.stack = tcp.stack;
        this.localPort = localPort;
        this.remoteIp = remoteIp;
        this.remotePort = remotePort;
        this.listener = listener;
        this.rcvScale = tcp.ourWindowScale();
    }

    void allocateBuffers() {
        if (sbuf == null) {
            sbuf = new TcpSendBuffer(tcp.sendBufferSize);
            rbuf = new TcpRecvBuffer(tcp.receiveBufferSize);
        }
    }

    /**
     * Queues up to len bytes of data[off] for sending and returns how many were taken
     * (0 when the send buffer is full: wait for {@link SocketListener#onWritable}).
     * IllegalStateException after {@link #close} or when the connection is over.
     */
    public int send(byte[] data, int off, int len) {
        if (off < 0 || len < 0 || off + len > data.length) {
            throw new IllegalArgumentException("bad range: offset " + off + ", length " + len);
        }
        if (finQueued || !(state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT
                || state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED)) {
            throw new IllegalStateException("cannot send in state " + state + (finQueued ? " after close" : ""));
        }
        int n = sbuf.write(data, off, len);
        TcpOutput.output(this);
        return n;
    }

    /**
     * Copies up to len received bytes into dst; returns the count, 0 when none are
     * waiting, or -1 when the peer has closed its side and everything was read.
     */
    public int read(byte[] dst, int off, int len) {
        if (off < 0 || len < 0 || off + len > dst.length) {
            throw new IllegalArgumentException("bad range: offset " + off + ", length " + len);
        }
        if (rbuf == null) {
            return 0;
        }
        int n = rbuf.read(dst, off, len);
        if (n == 0) {
            return finReceived ? -1 : 0;
        }
        int window = rbuf.window();
        int threshold = Math.min(rbuf.capacity() / 2, 2 * sendMss);
        boolean open = state == TcpState.ESTABLISHED || state == TcpState.FIN_WAIT_1 || state == TcpState.FIN_WAIT_2;
        if (open && window - lastAdvertised >= threshold) {
            TcpOutput.sendAck(this);   // window update (receiver-side silly window avoidance)
        }
        return n;
    }

    /** Received bytes waiting to be read. */
    public int available() {
        return rbuf == null ? 0 : rbuf.readable();
    }

    /** Room in the send buffer. */
    public int sendSpace() {
        return sbuf == null || finQueued ? 0 : sbuf.free();
    }

    /** Bytes queued but not yet acknowledged by the peer. */
    public int unacknowledged() {
        return sbuf == null ? 0 : sbuf.length();
    }

    /** Closes our side gracefully: FIN follows the buffered data. Closing twice does nothing. */
    public void close() {
        switch (state) {
            case ESTABLISHED:
                finQueued = true;
                state = TcpState.FIN_WAIT_1;
                TcpOutput.output(this);
                break;
            case CLOSE_WAIT:
                finQueued = true;
                state = TcpState.LAST_ACK;
                TcpOutput.output(this);
                break;
            case SYN_SENT:
            case SYN_RECEIVED:
                abort();
                break;
            default:
                break;
        }
    }

    /** Drops the connection at once, sending RST when the peer knows of it. */
    public void abort() {
        if (state == TcpState.CLOSED) {
            return;
        }
        if (state != TcpState.SYN_SENT && state != TcpState.TIME_WAIT) {
            tcp.emit(remoteIp, localPort, remotePort, sndNxt, 0, TcpSegment.RST, 0, -1, -1, null, 0, 0);
        }
        terminate(CloseReason.ABORTED);
    }

    /** Ends the connection: removed from the stack, onClosed once (if it was announced). */
    void terminate(CloseReason reason) {
        boolean announced = parent == null;
        if (parent != null) {
            parent.halfOpen--;
            parent = null;
        }
        state = TcpState.CLOSED;
        rtxAt = persistAt = delayedAckAt = timeWaitAt = finWait2At = NEVER;
        trimBuffers();
        tcp.remove(this);
        notifyClosed(announced, reason);
    }

    private void notifyClosed(boolean announced, CloseReason reason) {
        if (announced && !closedNotified && listener != null) {
            closedNotified = true;
            listener.onClosed(this, reason);
        }
    }

    /** Enters TIME_WAIT: the application hears the connection is closed; the stack keeps it 2 MSL. */
    void enterTimeWait() {
        state = TcpState.TIME_WAIT;
        rtxAt = persistAt = delayedAckAt = finWait2At = NEVER;
        timeWaitAt = stack.now() + Tcp.TIME_WAIT_MS;
        tcp.enteredTimeWait(this);
        closePending = true;
        trimBuffers();   // a busy server keeps hundreds in TIME_WAIT: their arrays go back now
    }

    /** Gives back the buffers' arrays where they hold nothing (they grow again if needed). */
    private void trimBuffers() {
        if (sbuf != null) {
            sbuf.trim();
            rbuf.trim();
        }
    }

    /** The handshake completed (SYN_RECEIVED to ESTABLISHED): announce a passive open. */
    void establish() {
        TcpListenSocket p = parent;
        allocateBuffers();
        state = TcpState.ESTABLISHED;
        stack.stats.tcpConnectionsOpened++;
        if (p == null) {
            if (listener != null) {
                listener.onConnected(this);   // a simultaneous open
            }
            return;
        }
        p.halfOpen--;
        parent = null;
        listener = p.listener;
        if (p.closed) {
            abort();
        } else {
            listener.onAccept(p, this);
        }
    }

    /** Delivers the events gathered while a segment was processed, in order. */
    void flushEvents() {
        if (dataEvent) {
            dataEvent = false;
            if (!closedNotified && listener != null) {
                listener.onData(this);
            }
        }
        if (writableEvent) {
            writableEvent = false;
            if (!closedNotified && state != TcpState.CLOSED && listener != null) {
                listener.onWritable(this);
            }
        }
        if (closePending) {
            closePending = false;
            notifyClosed(true, CloseReason.NORMAL);
        }
    }

    void tick(long now) {
        if (now >= timeWaitAt || now >= finWait2At) {
            terminate(now >= timeWaitAt ? CloseReason.NORMAL : CloseReason.TIMEOUT);
            return;
        }
        if (now >= rtxAt) {
            TcpOutput.retransmitTimeout(this, now);
        }
        if (state != TcpState.CLOSED && now >= persistAt) {
            TcpOutput.probe(this, now);
        }
        if (state != TcpState.CLOSED && now >= delayedAckAt) {
            TcpOutput.sendAck(this);
        }
    }

    long nextDeadline() {
        return Math.min(Math.min(rtxAt, persistAt), Math.min(Math.min(delayedAckAt, timeWaitAt), finWait2At));
    }

    /** The connection's state. */
    public TcpState state() {
        return state;
    }

    /** Our port. */
    public int localPort() {
        return localPort;
    }

    /** The peer's address. */
    public int remoteIp() {
        return remoteIp;
    }

    /** The peer's port. */
    public int remotePort() {
        return remotePort;
    }

    /** Replaces the event listener. */
    public void setListener(SocketListener l) {
        listener = l;
    }

    /** The current retransmission timeout, in milliseconds. */
    public long rto() {
        return cc.rto;
    }

    /** The congestion window, in bytes. */
    public int congestionWindow() {
        return cc.cwnd;
    }

    /** The peer's receive window (scaled), in bytes. */
    public int sendWindow() {
        return sndWnd;
    }

    /** The MSS used for sending. */
    public int mss() {
        return sendMss;
    }

    /** One line for the status page: addresses, state, queues. */
    @Override
    public String toString() {
        return Ip4.toString(stack.address) + ":" + localPort + " " + Ip4.toString(remoteIp) + ":" + remotePort
                + " " + state + " sendq " + unacknowledged() + " recvq " + available();
    }
}

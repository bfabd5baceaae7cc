package os2.kernel.net;

/**
 * Sending for a {@link TcpConnection}: new data within min(peer window, congestion
 * window), FIN after the data, ACKs (delayed by at most {@link #DELAYED_ACK_MS}, at once
 * for every second segment or anything out of order), retransmission on timeout (go
 * back to SND.UNA with a one-segment window), fast retransmit, and zero-window probes.
 */
final class TcpOutput {
    static final long DELAYED_ACK_MS = 40;
    /** Retransmissions of SYN / SYN-ACK, and of data, before the connection is dropped. */
    static final int SYN_RETRIES = 5;
    static final int DATA_RETRIES = 12;

    private TcpOutput() {
    }

    /** The window field for the next segment, and remembers what was advertised. */
    private static int window(TcpConnection c, boolean syn) {
        int bytes = c.rbuf == null ? c.tcp.receiveBufferSize : c.rbuf.window();
        if (syn) {
            c.lastAdvertised = Math.min(bytes, 65535);
            return c.lastAdvertised;   // RFC 7323 2.2: the window in a SYN is never scaled
        }
        int field = Math.min(bytes >>> c.rcvScale, 65535);
        c.lastAdvertised = field << c.rcvScale;
        return field;
    }

    private static void segment(TcpConnection c, int seq, int flags, int from, int len) {
        int ack = (flags & TcpSegment.ACK) != 0 ? c.rcvNxt : 0;
        c.tcp.emit(c.remoteIp, c.localPort, c.remotePort, seq, ack, flags, window(c, false), -1, -1, c.sbuf, from, len);
        c.unackedSegments = 0;
        c.ackNow = false;
        c.delayedAckAt = TcpConnection.NEVER;
    }

    /** SYN (active open) or SYN-ACK (passive), with our MSS and window scale options. */
    static void sendSyn(TcpConnection c) {
        boolean synAck = c.state == TcpState.SYN_RECEIVED;
        int flags = TcpSegment.SYN | (synAck ? TcpSegment.ACK : 0);
        // A SYN-ACK carries the window scale option only if the SYN did (RFC 7323 1.3).
        int scale = synAck && !c.peerScales ? -1 : c.tcp.ourWindowScale();
        c.tcp.emit(c.remoteIp, c.localPort, c.remotePort, c.iss, synAck ? c.rcvNxt : 0, flags, window(c, true),
                c.tcp.ourMss(), scale, null, 0, 0);
        if (c.rtxAt == TcpConnection.NEVER) {
            c.rtxAt = c.stack.now() + c.cc.rto;
        }
    }

    /** A pure ACK now (in SYN_RECEIVED the SYN-ACK again, since that is our only ACK). */
    static void sendAck(TcpConnection c) {
        if (c.state == TcpState.SYN_RECEIVED) {
            sendSyn(c);
            return;
        }
        if (c.state == TcpState.SYN_SENT || c.state == TcpState.CLOSED) {
            return;
        }
        // SND.MAX, not SND.NXT: after a timeout SND.NXT goes back to SND.UNA, and an ACK
        // numbered there is below the peer's RCV.NXT, so the peer would drop it unread
        // (RFC 9293 3.10.7.4); if both sides went back at once neither ACK would ever count.
        segment(c, c.sndMax, TcpSegment.ACK, 0, 0);
    }

    /** A received in-order segment wants acknowledging: every second one at once, else after a delay. */
    static void scheduleAck(TcpConnection c) {
        c.unackedSegments++;
        if (c.unackedSegments >= 2) {
            c.ackNow = true;
        } else if (c.delayedAckAt == TcpConnection.NEVER) {
            c.delayedAckAt = c.stack.now() + DELAYED_ACK_MS;
        }
    }

    private static boolean canSendData(TcpState s) {
        return s == TcpState.ESTABLISHED || s == TcpState.CLOSE_WAIT || s == TcpState.FIN_WAIT_1
                || s == TcpState.CLOSING || s == TcpState.LAST_ACK;
    }

    /** Sends what the windows allow, then an ACK if one is still owed at once. */
    static void output(TcpConnection c) {
        if (canSendData(c.state)) {
            sendData(c);
        }
        if (c.ackNow) {
            sendAck(c);
        }
    }

    private static void sendData(TcpConnection c) {
        long now = c.stack.now();
        while (true) {
            int inFlight = c.sndNxt - c.sndUna;
            int unsent = c.sbuf.length() - inFlight;
            int usable = Math.min(c.sndWnd, c.cc.cwnd) - inFlight;
            if (unsent > 0) {
                int n = Math.min(Math.min(unsent, c.sendMss), usable);
                // Sender silly-window avoidance (RFC 1122 4.2.3.4): full segments, the
                // last piece of data, or at least half the largest window the peer offered.
                if (n <= 0 || (n < c.sendMss && n < unsent && n < c.maxSndWnd / 2)) {
                    break;
                }
                boolean fin = c.finQueued && n == unsent;
                int seq = c.sndNxt;
                int flags = TcpSegment.ACK | (n == unsent ? TcpSegment.PSH : 0) | (fin ? TcpSegment.FIN : 0);
                segment(c, seq, flags, inFlight, n);
                send(c, seq, n + (fin ? 1 : 0), fin, now);
            } else if (unsent == 0 && c.finQueued && (!c.finSent || Seq.le(c.sndNxt, c.finSeq))) {
                int seq = c.sndNxt;
                segment(c, seq, TcpSegment.ACK | TcpSegment.FIN, 0, 0);
                send(c, seq, 1, true, now);
                break;
            } else {
                break;
            }
        }
        boolean stalled = c.sbuf.length() > c.sndNxt - c.sndUna && c.sndNxt == c.sndUna;
        if (stalled && c.sndWnd == 0 && c.persistAt == TcpConnection.NEVER && c.rtxAt == TcpConnection.NEVER) {
            c.persistShift = 0;
            c.persistAt = now + c.cc.rto;
        }
    }

    /** Bookkeeping after len sequence numbers from seq went out. */
    private static void send(TcpConnection c, int seq, int len, boolean fin, long now) {
        int end = seq + len;
        if (fin) {
            c.finSent = true;
            c.finSeq = end - 1;
        }
        if (Seq.ge(seq, c.sndMax)) {
            c.cc.time(end, now);   // new data: may be timed (Karn: never a retransmission)
        } else {
            c.stack.stats.tcpRetransmits++;
        }
        c.sndNxt = end;
        c.sndMax = Seq.max(c.sndMax, end);
        if (c.rtxAt == TcpConnection.NEVER) {
            c.rtxAt = now + c.cc.rto;
        }
        c.persistAt = TcpConnection.NEVER;
    }

    /** Resends the first unacknowledged segment (fast retransmit, NewReno partial ACK). */
    static void retransmitFirst(TcpConnection c) {
        int len = Math.min(c.sbuf.length(), c.sendMss);
        boolean fin = c.finSent && len == c.sbuf.length();
        if (len == 0 && !fin) {
            return;
        }
        int flags = TcpSegment.ACK | (fin ? TcpSegment.FIN : 0);
        segment(c, c.sndUna, flags, 0, len);
        c.stack.stats.tcpRetransmits++;
        c.rtxAt = c.stack.now() + c.cc.rto;
    }

    /** The retransmission timer expired. */
    static void retransmitTimeout(TcpConnection c, long now) {
        c.retries++;
        boolean handshake = c.state == TcpState.SYN_SENT || c.state == TcpState.SYN_RECEIVED;
        if (c.retries > (handshake ? SYN_RETRIES : DATA_RETRIES)) {
            c.terminate(CloseReason.TIMEOUT);
            return;
        }
        c.cc.onTimeout(c.sndMax - c.sndUna, c.sndMax);
        c.rtxAt = now + c.cc.rto;
        if (handshake) {
            c.stack.stats.tcpRetransmits++;
            sendSyn(c);
            return;
        }
        if (c.sndMax == c.sndUna) {
            c.rtxAt = TcpConnection.NEVER;   // nothing outstanding (a stale timer)
            return;
        }
        c.sndNxt = c.sndUna;   // go back: resend from the first unacknowledged byte
        sendData(c);
        if (c.sndNxt == c.sndUna && c.sndMax != c.sndUna) {
            retransmitFirst(c);   // the window is closed: the timer still forces one segment
        }
    }

    /**
     * The persist timer: the peer's window is zero and we have data. The probe is an ACK
     * with an old sequence number (SND.UNA - 1), which the peer must answer with an ACK
     * carrying its current window; the interval doubles up to the maximum RTO, and the
     * connection is never dropped while the peer answers.
     */
    static void probe(TcpConnection c, long now) {
        if (c.sndWnd != 0 || c.sbuf.length() == c.sndNxt - c.sndUna) {
            c.persistAt = TcpConnection.NEVER;
            return;
        }
        segment(c, c.sndUna - 1, TcpSegment.ACK, 0, 0);
        c.persistShift = Math.min(c.persistShift + 1, 16);
        c.persistAt = now + Math.min(TcpCongestion.MAX_RTO_MS, c.cc.rto << c.persistShift);
    }
}

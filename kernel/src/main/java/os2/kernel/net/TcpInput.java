package os2.kernel.net;

/**
 * Segment arrival for a {@link TcpConnection}, following RFC 9293 3.10.7 step by step:
 * sequence acceptability and trimming to the window, RST (with RFC 5961's exact-match
 * rule and challenge ACKs), SYN in a synchronized state (challenge ACK), ACK processing
 * (RFC 5681 duplicate ACKs, window updates), data (in order or stored out of order),
 * FIN, and the state transitions they cause. RST in TIME_WAIT is ignored (RFC 1337).
 */
final class TcpInput {
    static final int F_FIN = TcpSegment.FIN;
    static final int F_SYN = TcpSegment.SYN;
    static final int F_RST = TcpSegment.RST;
    static final int F_ACK = TcpSegment.ACK;

    private TcpInput() {
    }

    static void arrive(TcpConnection c, TcpSegment s) {
        if (c.state == TcpState.SYN_SENT) {
            synSent(c, s);
        } else if (c.state != TcpState.CLOSED) {
            synchronizedState(c, s);
        }
        c.flushEvents();
    }

    /** Takes the MSS and window scale options of the peer's SYN (RFC 9293 3.7.1, RFC 7323). */
    static void takeSynOptions(TcpConnection c, TcpSegment s) {
        int peerMss = s.mss > 0 ? s.mss : 536;
        c.sendMss = Math.max(64, Math.min(peerMss, c.tcp.ourMss()));   // 64: no tiny-segment storms
        c.peerScales = s.wscale >= 0;
        c.sndScale = c.peerScales ? s.wscale : 0;
        if (!c.peerScales) {
            c.rcvScale = 0;
        }
        c.cc.start(c.sendMss);
    }

    private static void synSent(TcpConnection c, TcpSegment s) {
        NetStats st = c.stack.stats;
        boolean ack = s.has(F_ACK);
        if (ack && (Seq.le(s.ack, c.iss) || Seq.gt(s.ack, c.sndMax))) {
            if (!s.has(F_RST)) {
                c.tcp.resetFor(s);
            }
            st.drop(Drop.TCP_BAD_ACK);
            return;
        }
        if (s.has(F_RST)) {
            if (ack) {
                c.terminate(CloseReason.REFUSED);
            } else {
                st.drop(Drop.TCP_RESET_IGNORED);
            }
            return;
        }
        if (!s.has(F_SYN)) {
            st.drop(Drop.TCP_UNACCEPTABLE);
            return;
        }
        c.irs = s.seq;
        c.rcvNxt = s.seq + 1;
        takeSynOptions(c, s);
        c.sndWnd = s.window;   // never scaled in a SYN
        c.maxSndWnd = c.sndWnd;
        c.sndWl1 = s.seq;
        c.sndWl2 = s.ack;
        if (ack) {
            c.sndUna = s.ack;
            c.cc.sample(s.ack, c.stack.now());
            c.rtxAt = TcpConnection.NEVER;
            c.retries = 0;
            c.state = TcpState.ESTABLISHED;
            c.stack.stats.tcpConnectionsOpened++;
            TcpOutput.sendAck(c);
            if (c.listener != null) {
                c.listener.onConnected(c);
            }
            TcpOutput.output(c);
        } else {
            c.state = TcpState.SYN_RECEIVED;   // simultaneous open
            TcpOutput.sendSyn(c);
        }
    }

    private static void synchronizedState(TcpConnection c, TcpSegment s) {
        NetStats st = c.stack.stats;
        int wnd = c.rbuf == null ? c.tcp.receiveBufferSize : c.rbuf.window();
        int segLen = s.seqLen();
        boolean ok = segLen == 0
                ? (wnd == 0 ? s.seq == c.rcvNxt : Seq.inWindow(s.seq, c.rcvNxt, wnd))
                : wnd > 0 && (Seq.inWindow(s.seq, c.rcvNxt, wnd) || Seq.inWindow(s.seq + segLen - 1, c.rcvNxt, wnd));
        if (!ok && wnd == 0 && s.seq == c.rcvNxt) {
            ok = true;   // zero window: take the ACK and RST of a data segment (probe), not its data
            s.dataLen = 0;
            s.flags &= ~F_FIN;
            c.ackNow = true;
        }
        if (!ok) {
            if (!s.has(F_RST)) {
                if (c.state == TcpState.TIME_WAIT && s.has(F_FIN)) {
                    c.timeWaitAt = c.stack.now() + Tcp.TIME_WAIT_MS;   // the peer missed our ACK of its FIN
                }
                TcpOutput.sendAck(c);
            }
            st.drop(Drop.TCP_UNACCEPTABLE);
            return;
        }
        trim(c, s, wnd);
        if (s.has(F_RST)) {
            if (s.seq != c.rcvNxt) {
                TcpOutput.sendAck(c);   // RFC 5961 3.2: in the window but not exact
                st.drop(Drop.TCP_CHALLENGE_ACK);
            } else if (c.state == TcpState.TIME_WAIT) {
                st.drop(Drop.TCP_RESET_IGNORED);
            } else if (c.state == TcpState.CLOSING || c.state == TcpState.LAST_ACK) {
                // RFC 9293 3.10.7.4: both sides had sent FIN; no "connection reset" to report.
                // Typically the peer's TIME_WAIT ended before our retransmitted FIN arrived.
                c.terminate(CloseReason.NORMAL);
            } else {
                c.terminate(CloseReason.RESET);
            }
            return;
        }
        if (s.has(F_SYN)) {
            TcpOutput.sendAck(c);   // RFC 5961 4.2
            st.drop(Drop.TCP_CHALLENGE_ACK);
            return;
        }
        if (!s.has(F_ACK)) {
            st.drop(Drop.TCP_UNACCEPTABLE);
            return;
        }
        if (c.state == TcpState.SYN_RECEIVED && !handshakeAck(c, s)) {
            return;
        }
        if (Seq.gt(s.ack, c.sndMax)) {
            TcpOutput.sendAck(c);   // acknowledges something never sent
            st.drop(Drop.TCP_BAD_ACK);
            return;
        }
        processAck(c, s);
        boolean finAcked = c.finSent && Seq.gt(c.sndUna, c.finSeq);
        if (finAcked && c.state == TcpState.FIN_WAIT_1) {
            c.state = TcpState.FIN_WAIT_2;
            c.finWait2At = c.stack.now() + Tcp.FIN_WAIT_2_MS;
        } else if (finAcked && c.state == TcpState.CLOSING) {
            c.enterTimeWait();
        } else if (finAcked && c.state == TcpState.LAST_ACK) {
            c.terminate(CloseReason.NORMAL);
            return;
        }
        if (s.dataLen > 0 && (c.state == TcpState.ESTABLISHED || c.state == TcpState.FIN_WAIT_1
                || c.state == TcpState.FIN_WAIT_2)) {
            receiveData(c, s);
        }
        if (s.has(F_FIN)) {
            int finAt = s.seq + s.dataLen;
            if (finAt == c.rcvNxt) {
                processFin(c);
            } else if (Seq.gt(finAt, c.rcvNxt)) {
                c.peerFinPending = true;   // FIN arrived before data it follows
                c.peerFinSeq = finAt;
                c.ackNow = true;
            }
        }
        if (c.state != TcpState.CLOSED) {
            TcpOutput.output(c);
        }
    }

    /** The ACK completing a passive (or simultaneous) open; false when the segment was dropped. */
    private static boolean handshakeAck(TcpConnection c, TcpSegment s) {
        if (!(Seq.gt(s.ack, c.sndUna) && Seq.le(s.ack, c.sndMax))) {
            c.tcp.resetFor(s);
            c.stack.stats.drop(Drop.TCP_BAD_ACK);
            return false;
        }
        c.sndUna = s.ack;
        c.cc.sample(s.ack, c.stack.now());
        c.rtxAt = TcpConnection.NEVER;
        c.retries = 0;
        c.sndWnd = s.window << c.sndScale;
        c.maxSndWnd = c.sndWnd;
        c.sndWl1 = s.seq;
        c.sndWl2 = s.ack;
        c.establish();
        return c.state != TcpState.CLOSED;
    }

    /** Drops what lies before RCV.NXT (old SYN, data, FIN) and beyond the window. */
    private static void trim(TcpConnection c, TcpSegment s, int wnd) {
        int cut = c.rcvNxt - s.seq;
        if (cut > 0) {
            if (s.has(F_SYN)) {
                s.flags &= ~F_SYN;
                cut--;
            }
            if (cut >= s.dataLen) {
                if (cut > s.dataLen) {
                    s.flags &= ~F_FIN;
                }
                s.dataOff += s.dataLen;
                s.dataLen = 0;
            } else {
                s.dataOff += cut;
                s.dataLen -= cut;
            }
            s.seq = c.rcvNxt;
            c.ackNow = true;   // a duplicate: tell the sender at once
        }
        int room = c.rcvNxt + wnd - s.seq;
        if (s.dataLen > room) {
            s.dataLen = Math.max(0, room);
            s.flags &= ~F_FIN;
            c.ackNow = true;
        }
    }

    private static void processAck(TcpConnection c, TcpSegment s) {
        long now = c.stack.now();
        int newWnd = s.window << c.sndScale;
        int acked = s.ack - c.sndUna;
        if (acked > 0) {
            int dataAcked = Math.min(acked, c.sbuf.length());
            c.sbuf.release(dataAcked);
            c.sndUna = s.ack;
            if (Seq.lt(c.sndNxt, c.sndUna)) {
                c.sndNxt = c.sndUna;
            }
            c.cc.sample(s.ack, now);
            c.retries = 0;
            int flight = c.sndMax - c.sndUna;
            boolean partial = c.cc.onAck(s.ack, acked, flight);
            c.rtxAt = flight == 0 ? TcpConnection.NEVER : now + c.cc.rto;
            if (partial) {
                TcpOutput.retransmitFirst(c);
            }
            if (dataAcked > 0 && !c.finQueued) {
                c.writableEvent = true;
            }
        } else if (acked == 0 && s.dataLen == 0 && !s.has(F_FIN) && newWnd == c.sndWnd && c.sndMax != c.sndUna) {
            if (c.cc.onDuplicateAck(c.sndUna, c.sndMax - c.sndUna, c.sndMax)) {
                TcpOutput.retransmitFirst(c);
            }
        }
        boolean update = acked >= 0 && (Seq.lt(c.sndWl1, s.seq) || (c.sndWl1 == s.seq && Seq.le(c.sndWl2, s.ack)));
        if (update) {
            c.sndWnd = newWnd;
            c.maxSndWnd = Math.max(c.maxSndWnd, newWnd);
            c.sndWl1 = s.seq;
            c.sndWl2 = s.ack;
            if (newWnd > 0) {
                c.persistAt = TcpConnection.NEVER;
            }
        }
    }

    private static void receiveData(TcpConnection c, TcpSegment s) {
        boolean inOrder = s.seq == c.rcvNxt;
        int advance = c.rbuf.store(c.rcvNxt, s.seq, s.buf, s.dataOff, s.dataLen);
        if (advance < 0) {
            c.stack.stats.drop(Drop.TCP_OUT_OF_ORDER_FULL);
            c.ackNow = true;
            return;
        }
        if (!inOrder) {
            c.ackNow = true;   // a duplicate ACK tells the sender about the hole
            return;
        }
        c.rcvNxt += advance;
        if (advance > s.dataLen || c.rbuf.hasOutOfOrder()) {
            c.ackNow = true;   // RFC 5681 4.2: filling a hole is acknowledged at once
        } else {
            TcpOutput.scheduleAck(c);
        }
        c.dataEvent = true;
        if (c.peerFinPending && c.rcvNxt == c.peerFinSeq) {
            processFin(c);
        }
    }

    private static void processFin(TcpConnection c) {
        if (c.finReceived) {
            return;
        }
        c.rcvNxt++;
        c.finReceived = true;
        c.peerFinPending = false;
        c.ackNow = true;
        c.dataEvent = true;
        if (c.state == TcpState.ESTABLISHED || c.state == TcpState.SYN_RECEIVED) {
            c.state = TcpState.CLOSE_WAIT;
        } else if (c.state == TcpState.FIN_WAIT_1) {
            if (c.finSent && Seq.gt(c.sndUna, c.finSeq)) {
                c.enterTimeWait();
            } else {
                c.state = TcpState.CLOSING;
            }
        } else if (c.state == TcpState.FIN_WAIT_2) {
            c.enterTimeWait();
        }
    }
}

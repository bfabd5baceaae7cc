package os2.kernel.net;

/**
 * Congestion control and retransmission timing of one connection: RFC 5681 (slow
 * start, congestion avoidance, fast retransmit and fast recovery) with RFC 6582's
 * NewReno partial-ACK handling, and RFC 6298's RTO from smoothed RTT samples (Karn's
 * rule: only segments sent once are timed). Integer arithmetic only (the kernel has no
 * floating point): SRTT is kept in 1/8 ms, RTTVAR in 1/4 ms.
 */
final class TcpCongestion {
    /** RFC 6298 2.1: the RTO before any sample. */
    static final long INITIAL_RTO_MS = 1_000;
    /**
     * RFC 6298 2.4 asks for at least 1 s; like Linux we allow 200 ms, which matters on
     * links with millisecond RTTs (QEMU's) and is safe with the spurious-timeout costs.
     */
    static final long MIN_RTO_MS = 200;
    static final long MAX_RTO_MS = 60_000;
    /** Clock granularity G of RFC 6298 (the stack's tick). */
    static final long GRANULARITY_MS = 10;

    int mss = 536;
    int cwnd;
    int ssthresh = Integer.MAX_VALUE / 2;
    int dupAcks;
    boolean inRecovery;
    int recover;
    boolean recoverValid;

    long srtt8 = -1;
    long rttvar4;
    long rto = INITIAL_RTO_MS;
    boolean timing;
    int timedSeq;
    long timedAt;

    /** Sets the MSS and the initial window (RFC 5681 3.1). */
    void start(int sendMss) {
        mss = sendMss;
        cwnd = mss > 2190 ? 2 * mss : mss > 1095 ? 3 * mss : 4 * mss;
    }

    /** Starts timing a segment that ends at seqEnd, unless one is being timed. */
    void time(int seqEnd, long now) {
        if (!timing) {
            timing = true;
            timedSeq = seqEnd;
            timedAt = now;
        }
    }

    /** An ACK up to ack arrived: takes an RTT sample if it covers the timed segment. */
    void sample(int ack, long now) {
        if (!timing || Seq.lt(ack, timedSeq)) {
            return;
        }
        timing = false;
        long r8 = Math.max(0, now - timedAt) * 8;
        if (srtt8 < 0) {
            srtt8 = r8;
            rttvar4 = r8 / 4;   // RTTVAR = R/2, i.e. 4 * R/2 = r8/4 in quarters
        } else {
            long delta8 = Math.abs(srtt8 - r8);
            rttvar4 += (delta8 / 2 - rttvar4) / 4;   // RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R|
            srtt8 += (r8 - srtt8) / 8;               // SRTT = 7/8 SRTT + 1/8 R
        }
        long computed = srtt8 / 8 + Math.max(GRANULARITY_MS, rttvar4);
        rto = Math.min(MAX_RTO_MS, Math.max(MIN_RTO_MS, computed));
    }

    /** The smoothed RTT in ms (-1 before the first sample). */
    long srtt() {
        return srtt8 < 0 ? -1 : srtt8 / 8;
    }

    /**
     * New data was acknowledged (acked bytes) outside or inside recovery. Returns true
     * when a NewReno partial ACK asks for the first unacknowledged segment to be resent.
     */
    boolean onAck(int ack, int acked, int flightAfter) {
        if (inRecovery) {
            if (Seq.ge(ack, recover)) {
                cwnd = Math.min(ssthresh, Math.max(flightAfter, mss) + mss);
                inRecovery = false;
                dupAcks = 0;
                return false;
            }
            cwnd = Math.max(mss, cwnd - acked + (acked >= mss ? mss : 0));
            return true;
        }
        dupAcks = 0;
        if (cwnd < ssthresh) {
            cwnd += Math.min(acked, mss);
        } else {
            cwnd += Math.max(1, mss * mss / cwnd);
        }
        cwnd = Math.min(cwnd, 1 << 30);
        return false;
    }

    /**
     * A duplicate ACK; returns true on the third one (outside recovery): fast retransmit.
     * flight is SND.MAX - SND.UNA, sndMax the highest sequence number sent.
     */
    boolean onDuplicateAck(int sndUna, int flight, int sndMax) {
        dupAcks++;
        if (inRecovery) {
            cwnd += mss;   // each further duplicate: a segment has left the network
            return false;
        }
        if (dupAcks == 3 && (!recoverValid || Seq.gt(sndUna, recover))) {
            ssthresh = Math.max(flight / 2, 2 * mss);
            cwnd = ssthresh + 3 * mss;
            recover = sndMax;
            recoverValid = true;
            inRecovery = true;
            timing = false;
            return true;
        }
        return false;
    }

    /** The retransmission timer expired (RFC 5681 eq. 4, RFC 6298 5.5). */
    void onTimeout(int flight, int sndMax) {
        ssthresh = Math.max(flight / 2, 2 * mss);
        cwnd = mss;
        inRecovery = false;
        dupAcks = 0;
        recover = sndMax;
        recoverValid = true;
        timing = false;
        rto = Math.min(MAX_RTO_MS, rto * 2);
    }
}

package os2.kernel.net;

/** A received TCP segment, parsed and validated; one instance is reused for every segment. */
final class TcpSegment {
    static final int FIN = 1;
    static final int SYN = 2;
    static final int RST = 4;
    static final int PSH = 8;
    static final int ACK = 16;
    static final int URG = 32;

    int srcIp;
    int srcPort;
    int dstPort;
    int seq;
    int ack;
    int flags;
    int window;
    /** MSS option, -1 when absent. */
    int mss;
    /** Window scale option (shift, at most 14), -1 when absent. */
    int wscale;
    byte[] buf;
    int dataOff;
    int dataLen;

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Sequence space the segment occupies: data, plus one each for SYN and FIN. */
    int seqLen() {
        return dataLen + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
    }
}

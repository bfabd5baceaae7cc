package os2.kernel.net;

/** Receives the datagrams of a bound UDP port. */
@FunctionalInterface
public interface UdpListener {
    /**
     * A datagram of len bytes at buf[off] from srcIp:srcPort to our dstPort. The buffer
     * belongs to the stack and is valid only during the call: copy what you keep.
     */
    void onDatagram(int srcIp, int srcPort, int dstPort, byte[] buf, int off, int len);
}

package os2.user.net;

import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;

/**
 * An ICMP echo socket (SOCKET type 3, like Linux's unprivileged ping sockets): {@link #send}
 * an echo request with some data to an address, {@link #receive} what became of it: a
 * reply with its round-trip time, or a timeout (the kernel gives up after 10 s).
 */
public final class PingSocket implements AutoCloseable {
    /** SOCKET's type for ping. */
    static final int PING = 3;
    /** Bytes of a record (kind 0: reply, 1: timeout). */
    static final int RECORD = 16;
    /** A record's kind: the reply came. */
    public static final int REPLY = 0;
    /** A record's kind: no reply within the kernel's timeout. */
    public static final int TIMEOUT = 1;

    private final Handle handle;
    private final byte[] record = new byte[RECORD];
    private final long[] from = new long[UdpSocket.FROM_LONGS];
    private final long[] events = new long[2 * Sys.EVENT_LONGS];

    private PingSocket(Handle handle) {
        this.handle = handle;
    }

    /** A new ping socket through the network capability in start slot 6. */
    public static PingSocket open() {
        return open(Caps.slot(Caps.NETWORK));
    }

    /** A new ping socket through network capability net (needs R_CONNECT). */
    public static PingSocket open(Handle net) {
        return new PingSocket(Handle.at(UdpSocket.open(net, PING), 0));
    }

    /** Sends an echo request carrying data to ip; its sequence number (SysException E_FULL: too many waiting). */
    public int send(int ip, byte[] data) {
        return (int) Sys.check(Sys.sendTo(handle.lo(), handle.hi(), data, 0, data.length, ip, 0),
                "SENDTO " + Ip.toString(ip));
    }

    /** One reply or timeout. */
    public record Reply(int seq, int kind, int from, int bytes, long rttNanos) {
    }

    /** The next record, waiting at most timeoutNanos (negative: for ever); null if none came in time. */
    public Reply receive(long timeoutNanos) {
        long deadline = timeoutNanos < 0 ? -1 : Sys.clock() + timeoutNanos;
        while (true) {
            long r = Sys.recvFrom(handle.lo(), handle.hi(), record, 0, RECORD, from);
            if (r != Sys.E_EMPTY) {
                Sys.check(r, "RECVFROM");
                return decode(record, (int) (from[0] >>> 16));
            }
            if (!UdpSocket.waitReadable(handle, deadline, events)) {
                return null;
            }
        }
    }

    /** A record's fields: u16 seq, u16 kind, u32 payload bytes, u64 round trip in ns (little-endian). */
    static Reply decode(byte[] r, int from) {
        int seq = (r[0] & 0xFF) | (r[1] & 0xFF) << 8;
        int kind = (r[2] & 0xFF) | (r[3] & 0xFF) << 8;
        int bytes = (r[4] & 0xFF) | (r[5] & 0xFF) << 8 | (r[6] & 0xFF) << 16 | (r[7] & 0xFF) << 24;
        long rtt = 0;
        for (int i = 15; i >= 8; i--) {
            rtt = rtt << 8 | (r[i] & 0xFF);
        }
        return new Reply(seq, kind, from, bytes, rtt);
    }

    /** The socket's handle. */
    public Handle handle() {
        return handle;
    }

    @Override
    public void close() {
        Sys.close(handle.lo(), handle.hi());
    }
}

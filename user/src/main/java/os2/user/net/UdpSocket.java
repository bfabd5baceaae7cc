package os2.user.net;

import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;

/**
 * A UDP socket: a socket capability of type 2 (docs/NETWORK.md "Datagram sockets").
 * {@link #bind} a port to serve on (or let the first {@link #send} take an ephemeral
 * one), {@link #send} datagrams to ip:port, {@link #receive} them with their source.
 * The kernel keeps a bounded queue per socket; what does not fit is dropped and counted
 * ({@link #dropped}).
 */
public final class UdpSocket implements AutoCloseable {
    /** SOCKET's type for UDP. */
    static final int UDP = 2;
    /** RECVFROM's from words. */
    static final int FROM_LONGS = 3;

    private final Handle handle;
    private final long[] from = new long[FROM_LONGS];
    private final long[] events = new long[2 * Sys.EVENT_LONGS];

    private UdpSocket(Handle handle) {
        this.handle = handle;
    }

    /** A new UDP socket through the network capability in start slot 6. */
    public static UdpSocket open() {
        return open(Caps.slot(Caps.NETWORK));
    }

    /** A new UDP socket through network capability net. */
    public static UdpSocket open(Handle net) {
        return new UdpSocket(Handle.at(open(net, UDP), 0));
    }

    /** SOCKET of type through net; the handle's two words. */
    static long[] open(Handle net, int type) {
        long[] out = new long[2];
        Sys.check(Sys.socket(net.lo(), net.hi(), type, out), "SOCKET");
        return out;
    }

    /** Binds port (0: an ephemeral one) and returns it; SysException E_INUSE if it is taken. */
    public int bind(int port) {
        return (int) Sys.check(Sys.bind(handle.lo(), handle.hi(), port), "BIND " + port);
    }

    /** Sends b[off..off+len) as one datagram to ip:port. */
    public void send(int ip, int port, byte[] b, int off, int len) {
        Sys.check(Sys.sendTo(handle.lo(), handle.hi(), b, off, len, ip, port),
                "SENDTO " + Ip.toString(ip) + ":" + port);
    }

    /**
     * The next datagram into b[off..off+len), waiting until timeoutNanos from now (a
     * negative timeout waits for ever): its length as copied (the rest of a longer one is
     * lost), or -1 if none came in time. {@link #sourceIp}, {@link #sourcePort},
     * {@link #size} and {@link #dropped} describe it afterwards.
     */
    public int receive(byte[] b, int off, int len, long timeoutNanos) {
        long deadline = timeoutNanos < 0 ? -1 : Sys.clock() + timeoutNanos;
        while (true) {
            long r = Sys.recvFrom(handle.lo(), handle.hi(), b, off, len, from);
            if (r != Sys.E_EMPTY) {
                return (int) Sys.check(r, "RECVFROM");
            }
            if (!waitReadable(handle, deadline, events)) {
                return -1;
            }
        }
    }

    /**
     * Waits until socket h is readable (true) or the deadline passes (false; -1: no
     * deadline).
     */
    static boolean waitReadable(Handle h, long deadline, long[] events) {
        events[0] = Sys.EV_READABLE;
        events[1] = h.lo();
        events[2] = h.hi();
        events[3] = 0;
        int count = 1;
        if (deadline >= 0) {
            events[4] = Sys.EV_TIMER;
            events[5] = deadline;
            events[6] = 0;
            events[7] = 0;
            count = 2;
        }
        return Sys.check(Sys.waitEvents(events, count), "WAIT") == 0;
    }

    /** The last received datagram's source address. */
    public int sourceIp() {
        return (int) (from[0] >>> 16);
    }

    /** The last received datagram's source port. */
    public int sourcePort() {
        return (int) (from[0] & 0xFFFF);
    }

    /** The last received datagram's full size (larger than what was copied if it was cut). */
    public int size() {
        return (int) from[1];
    }

    /** Datagrams the kernel dropped for this socket (its queue was full), as of the last receive. */
    public long dropped() {
        return from[2];
    }

    /** The socket's handle (EV_READABLE waits on it). */
    public Handle handle() {
        return handle;
    }

    /** Releases the port; queued datagrams are lost. */
    @Override
    public void close() {
        Sys.close(handle.lo(), handle.hi());
    }
}

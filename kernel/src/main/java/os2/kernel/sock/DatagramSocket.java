package os2.kernel.sock;

import java.util.function.LongSupplier;
import os2.kernel.net.Icmp;
import os2.kernel.net.Ip4;
import os2.kernel.net.NetStack;
import os2.kernel.net.PingListener;
import os2.kernel.net.UdpListener;
import os2.kernel.sched.WaitList;
import os2.kernel.sched.Waitable;

/**
 * The kernel object behind a UDP or ping socket capability (docs/NETWORK.md "Datagram
 * sockets"). A UDP socket binds a port (a fixed one or an ephemeral one on its first
 * send) and queues what arrives in a bounded {@link DatagramQueue}; a ping socket sends
 * ICMP echo requests through the stack's ping client and queues one {@link #PING_RECORD}
 * byte record per reply or timeout, with the round-trip time measured here in
 * nanoseconds (the stack's clock counts milliseconds).
 */
public final class DatagramSocket implements NetSocket, UdpListener, PingListener {
    /** SOCKET's type for UDP. */
    public static final int UDP = 2;
    /** SOCKET's type for ICMP echo (ping). */
    public static final int PING = 3;
    /** How long the stack waits for an echo reply before a timeout record is queued. */
    public static final long PING_TIMEOUT_MS = 10_000;
    /** Bytes of a ping record: u16 seq, u16 kind, u32 payload length, u64 round trip in ns. */
    public static final int PING_RECORD = 16;
    /** A ping record's kind: a reply came. */
    public static final int RECORD_REPLY = 0;
    /** A ping record's kind: no reply within {@link #PING_TIMEOUT_MS}. */
    public static final int RECORD_TIMEOUT = 1;

    /** SENDTO outcomes other than success (the call maps them to error codes). */
    public static final int SENT = 0;
    public static final int NO_ROUTE = -1;
    public static final int BUSY = -2;
    public static final int NO_PORT = -3;

    private static long droppedTotal;

    private final NetStack stack;
    private final int type;
    private final LongSupplier nanos;
    private final DatagramQueue queue = new DatagramQueue();
    private int port;
    private boolean fixedPort;
    private boolean over;
    private final int[] pingSeq = new int[Icmp.MAX_OUTSTANDING];
    private final long[] pingSent = new long[Icmp.MAX_OUTSTANDING];
    private final boolean[] pingUsed = new boolean[Icmp.MAX_OUTSTANDING];
    private final byte[] record = new byte[PING_RECORD];
    private final WaitList readable = new WaitList(this::isReadable);
    private final WaitList closedSignal = new WaitList(() -> over);

    /** A new socket of type ({@link #UDP} or {@link #PING}) on stack, timing pings with nanos. */
    public DatagramSocket(NetStack stack, int type, LongSupplier nanos) {
        if (type != UDP && type != PING) {
            throw new IllegalArgumentException("not a datagram socket type: " + type);
        }
        this.stack = stack;
        this.type = type;
        this.nanos = nanos;
    }

    /** UDP or PING. */
    public int type() {
        return type;
    }

    /**
     * Binds a UDP socket to port (0: a free ephemeral one) and returns the port;
     * IllegalStateException when the port is taken, the socket is bound already or is
     * not a UDP socket.
     */
    public int bind(int port) {
        if (type != UDP || this.port != 0 || over) {
            throw new IllegalStateException("the socket is not a new UDP socket");
        }
        this.port = stack.udp().bind(port, this);
        fixedPort = port != 0;
        return this.port;
    }

    /** The bound port (0: none yet). */
    public int port() {
        return port;
    }

    /** True if the socket was bound to a port it chose (a server's). */
    public boolean fixedPort() {
        return fixedPort;
    }

    /**
     * Sends b[off..off+len) to ip:port (UDP; an unbound socket is bound to an ephemeral
     * port first) or as an echo request's data to ip (PING; port ignored). Returns the
     * echo's sequence number for PING, {@link #SENT} for UDP, or {@link #NO_ROUTE},
     * {@link #BUSY} (too many pings outstanding) or {@link #NO_PORT} (no port free).
     */
    public int sendTo(int ip, int dstPort, byte[] b, int off, int len) {
        if (stack.address() == 0) {
            return NO_ROUTE;   // not configured yet (DHCP): nothing can be sent
        }
        if (type == PING) {
            int slot = freePingSlot();
            if (slot < 0) {
                return BUSY;
            }
            long sent = nanos.getAsLong();
            int seq = stack.icmp().ping(ip, b, off, len, PING_TIMEOUT_MS, this);
            if (seq < 0) {
                return BUSY;
            }
            pingUsed[slot] = true;
            pingSeq[slot] = seq;
            pingSent[slot] = sent;
            return seq;
        }
        if (port == 0) {
            try {
                bind(0);
            } catch (IllegalStateException e) {
                return NO_PORT;
            }
        }
        return stack.udp().sendTo(port, ip, dstPort, b, off, len) ? SENT : NO_ROUTE;
    }

    private int freePingSlot() {
        for (int i = 0; i < pingUsed.length; i++) {
            if (!pingUsed[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first queued datagram (or ping record), or null. */
    public DatagramQueue.Datagram peek() {
        return queue.peek();
    }

    /** Removes and returns the first queued datagram, or null. */
    public DatagramQueue.Datagram poll() {
        return queue.poll();
    }

    /** Datagrams this socket dropped because its queue was full. */
    public long dropped() {
        return queue.dropped();
    }

    /** Datagrams every datagram socket dropped so far (SYS_STATUS's udp_queue_drops). */
    public static long droppedTotal() {
        return droppedTotal;
    }

    @Override
    public void onDatagram(int srcIp, int srcPort, int dstPort, byte[] buf, int off, int len) {
        enqueue(srcIp, srcPort, buf, off, len);
    }

    @Override
    public void onReply(int from, int seq, long rttMillis, int len) {
        long rtt = rttMillis * 1_000_000L;
        for (int i = 0; i < pingUsed.length; i++) {
            if (pingUsed[i] && pingSeq[i] == seq) {
                pingUsed[i] = false;
                rtt = nanos.getAsLong() - pingSent[i];
            }
        }
        pingRecord(from, seq, RECORD_REPLY, len, rtt);
    }

    @Override
    public void onTimeout(int seq) {
        for (int i = 0; i < pingUsed.length; i++) {
            if (pingUsed[i] && pingSeq[i] == seq) {
                pingUsed[i] = false;
            }
        }
        pingRecord(0, seq, RECORD_TIMEOUT, 0, 0);
    }

    private void pingRecord(int from, int seq, int kind, int len, long rtt) {
        record[0] = (byte) seq;
        record[1] = (byte) (seq >>> 8);
        record[2] = (byte) kind;
        record[3] = 0;
        for (int i = 0; i < 4; i++) {
            record[4 + i] = (byte) (len >>> (8 * i));
        }
        for (int i = 0; i < 8; i++) {
            record[8 + i] = (byte) (rtt >>> (8 * i));
        }
        enqueue(from, 0, record, 0, PING_RECORD);
    }

    private void enqueue(int ip, int srcPort, byte[] b, int off, int len) {
        if (over) {
            return;   // closed: a late reply or datagram has nobody to go to
        }
        if (!queue.offer(ip, srcPort, b, off, len)) {
            droppedTotal++;
            return;
        }
        readable.wake();
    }

    @Override
    public boolean isReadable() {
        return over || queue.size() > 0;
    }

    @Override
    public long readableValue() {
        DatagramQueue.Datagram d = queue.peek();
        return d == null ? 0 : d.data.length;
    }

    @Override
    public boolean isOver() {
        return over;
    }

    @Override
    public Waitable readable() {
        return readable;
    }

    @Override
    public Waitable closed() {
        return closedSignal;
    }

    /** Releases the port; queued datagrams are dropped, pings still outstanding are forgotten. */
    @Override
    public void close() {
        if (over) {
            return;
        }
        if (port != 0) {
            stack.udp().unbind(port);
        }
        over = true;
        queue.clear();
        readable.wake();
        closedSignal.wake();
    }

    @Override
    public String toString() {
        return (type == UDP ? "udp :" + port : "ping") + " queued " + queue.size() + " dropped " + queue.dropped()
                + (over ? " closed" : "") + (port == 0 && type == UDP ? " unbound" : "")
                + (type == UDP ? "" : " via " + Ip4.toString(stack.address()));
    }
}

package os2.kernel.sock;

import java.util.ArrayDeque;

/**
 * A datagram socket's receive queue: whole datagrams with their source, bounded both in
 * count and in bytes so that a flood costs a socket at most {@link #MAX_BYTES}. A
 * datagram that does not fit is dropped and counted (UDP promises no delivery; the
 * sender is not told), never an older one.
 */
public final class DatagramQueue {
    /** Datagrams queued at most. */
    public static final int MAX_DATAGRAMS = 64;
    /** Payload bytes queued at most (a 64 KiB datagram always fits into an empty queue). */
    public static final int MAX_BYTES = 128 * 1024;

    /** One queued datagram: its bytes and where it came from. */
    public static final class Datagram {
        public final byte[] data;
        public final int ip;
        public final int port;

        Datagram(byte[] data, int ip, int port) {
            this.data = data;
            this.ip = ip;
            this.port = port;
        }
    }

    private final ArrayDeque<Datagram> queue = new ArrayDeque<>();
    private final int maxDatagrams;
    private final int maxBytes;
    private int bytes;
    private long dropped;

    /** A queue with the default bounds. */
    public DatagramQueue() {
        this(MAX_DATAGRAMS, MAX_BYTES);
    }

    /** A queue of at most maxDatagrams datagrams and maxBytes payload bytes. */
    public DatagramQueue(int maxDatagrams, int maxBytes) {
        if (maxDatagrams < 1 || maxBytes < 0) {
            throw new IllegalArgumentException("bad queue bounds " + maxDatagrams + ", " + maxBytes);
        }
        this.maxDatagrams = maxDatagrams;
        this.maxBytes = maxBytes;
    }

    /** Queues a copy of b[off..off+len) from ip:port; false (counted) when it does not fit. */
    public boolean offer(int ip, int port, byte[] b, int off, int len) {
        if (queue.size() >= maxDatagrams || len > maxBytes - bytes) {
            dropped++;
            return false;
        }
        byte[] copy = new byte[len];
        System.arraycopy(b, off, copy, 0, len);
        queue.add(new Datagram(copy, ip, port));
        bytes += len;
        return true;
    }

    /** The first datagram, or null. */
    public Datagram peek() {
        return queue.peek();
    }

    /** Removes and returns the first datagram, or null. */
    public Datagram poll() {
        Datagram d = queue.poll();
        if (d != null) {
            bytes -= d.data.length;
        }
        return d;
    }

    /** Datagrams queued. */
    public int size() {
        return queue.size();
    }

    /** Payload bytes queued. */
    public int bytes() {
        return bytes;
    }

    /** Datagrams dropped because the queue was full. */
    public long dropped() {
        return dropped;
    }

    /** Empties the queue (the socket closed). */
    public void clear() {
        queue.clear();
        bytes = 0;
    }
}

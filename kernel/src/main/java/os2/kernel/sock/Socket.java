package os2.kernel.sock;

import java.util.ArrayDeque;
import os2.kernel.net.CloseReason;
import os2.kernel.net.Ip4;
import os2.kernel.net.SocketListener;
import os2.kernel.net.TcpConnection;
import os2.kernel.net.TcpListenSocket;
import os2.kernel.net.TcpState;
import os2.kernel.sched.WaitList;
import os2.kernel.sched.Waitable;

/**
 * The kernel object behind a socket capability (docs/NETWORK.md "Sockets"): a TCP
 * socket that is new, listening (with its queue of accepted connections) or connected.
 * It hears the stack's callbacks and turns them into the events tasks wait on:
 * {@link #acceptable()}, {@link #readable()}, {@link #writable()} and {@link #closed()}.
 */
public final class Socket implements SocketListener, NetSocket {
    /** Socket types (SOCKET's type argument). */
    public static final int TCP = 1;
    /** Accepted connections a listening socket keeps before the stack's are refused (reset). */
    public static final int ACCEPT_QUEUE_MAX = 64;

    private TcpListenSocket listening;
    private TcpConnection connection;
    private final ArrayDeque<Socket> accepted = new ArrayDeque<>();
    private boolean over;
    private CloseReason reason;
    private boolean connected;
    private final WaitList acceptable = new WaitList(() -> !accepted.isEmpty() || over);
    private final WaitList readable = new WaitList(this::isReadable);
    private final WaitList writable = new WaitList(() -> over || (connection != null && connection.sendSpace() > 0
            && connected));
    private final WaitList closedSignal = new WaitList(() -> over);

    /** A new, unconnected socket. */
    public Socket() {
    }

    private Socket(TcpConnection c) {
        connection = c;
        connected = true;
        c.setListener(this);
    }

    /** Listens on port; false if the port is taken or the socket is in use. */
    public boolean listen(int port, int backlog) {
        if (listening != null || connection != null || over) {
            return false;
        }
        try {
            listening = NetService.stack().tcp().listen(port, backlog, this);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Starts connecting to ip:port; false if the socket is in use or no port is free. */
    public boolean connect(int ip, int port) {
        if (listening != null || connection != null || over) {
            return false;
        }
        try {
            connection = NetService.stack().tcp().connect(ip, port, this);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The next accepted connection as a socket, or null. */
    public Socket accept() {
        return accepted.poll();
    }

    /** True if accepted connections (or the socket's end) wait for ACCEPT. */
    public boolean hasPending() {
        return !accepted.isEmpty() || over;
    }

    /** True once connect's handshake completed (accepted sockets are connected from the start). */
    public boolean connected() {
        return connected;
    }

    /** Bytes to read, or the peer's end of stream, or the connection over. */
    @Override
    public boolean isReadable() {
        return over || (connection != null && (connection.available() > 0 || connection.state() == TcpState.CLOSE_WAIT
                || connection.state() == TcpState.LAST_ACK || connection.state() == TcpState.CLOSING
                || connection.state() == TcpState.TIME_WAIT || connection.state() == TcpState.CLOSED));
    }

    /** Bytes waiting to be read (EV_READABLE's value; 0 at the end of the stream). */
    @Override
    public long readableValue() {
        return connection == null ? 0 : connection.available();
    }

    /** Up to len received bytes into dst: the count, 0 when none wait, -1 at the end of the stream. */
    public int read(byte[] dst, int off, int len) {
        if (connection == null) {
            return -1;
        }
        int n = connection.read(dst, off, len);
        if (n == 0 && over && connection.available() == 0) {
            return -1;
        }
        return n;
    }

    /** Queues up to len bytes; the count taken (0: buffer full), or -1 if the connection cannot send. */
    public int write(byte[] src, int off, int len) {
        if (connection == null || over) {
            return -1;
        }
        try {
            return connection.send(src, off, len);
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    /** Closes the socket: stop listening (queued connections are reset), or close our side gracefully. */
    @Override
    public void close() {
        if (listening != null) {
            listening.close();
            for (Socket s = accepted.poll(); s != null; s = accepted.poll()) {
                s.connection.abort();
            }
        }
        if (connection != null) {
            connection.close();
        }
        over = true;
        wakeAll();
    }

    /** The connection, or null (new or listening socket). */
    public TcpConnection connection() {
        return connection;
    }

    /** The listening port, or 0. */
    public int listeningPort() {
        return listening == null ? 0 : listening.port();
    }

    /** Why the connection ended (null while it lasts). */
    public CloseReason closeReason() {
        return reason;
    }

    /** True once the connection is over or the socket closed. */
    @Override
    public boolean isOver() {
        return over;
    }

    public Waitable acceptable() {
        return acceptable;
    }

    @Override
    public Waitable readable() {
        return readable;
    }

    public Waitable writable() {
        return writable;
    }

    @Override
    public Waitable closed() {
        return closedSignal;
    }

    @Override
    public void onAccept(TcpListenSocket socket, TcpConnection c) {
        if (accepted.size() >= ACCEPT_QUEUE_MAX || over) {
            c.abort();   // nobody accepts fast enough: refuse rather than queue without bound
            return;
        }
        accepted.add(new Socket(c));
        acceptable.wake();
    }

    @Override
    public int acceptRoom(TcpListenSocket socket) {
        return over ? 0 : ACCEPT_QUEUE_MAX - accepted.size();
    }

    @Override
    public void onConnected(TcpConnection c) {
        connected = true;
        writable.wake();
        readable.wake();
    }

    @Override
    public void onData(TcpConnection c) {
        readable.wake();
    }

    @Override
    public void onWritable(TcpConnection c) {
        writable.wake();
    }

    @Override
    public void onClosed(TcpConnection c, CloseReason why) {
        reason = why;
        over = true;
        wakeAll();
    }

    private void wakeAll() {
        acceptable.wake();
        readable.wake();
        writable.wake();
        closedSignal.wake();
    }

    @Override
    public String toString() {
        if (listening != null) {
            return "tcp listen :" + listening.port();
        }
        if (connection != null) {
            return "tcp :" + connection.localPort() + " " + Ip4.toString(connection.remoteIp()) + ":"
                    + connection.remotePort() + " " + connection.state();
        }
        return "tcp new";
    }
}

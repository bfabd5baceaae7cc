package os2.kernel.net;

/**
 * Events of TCP sockets, called from inside {@link NetStack#receive}, {@link
 * NetStack#tick} or an API call. Each has an empty default, so a listener implements
 * what it needs. A listener may call the connection's methods (send, read, close) from
 * inside an event.
 */
public interface SocketListener {
    /**
     * A connection to a listening socket completed its handshake. It uses the listening
     * socket's listener until {@link TcpConnection#setListener} changes it.
     */
    default void onAccept(TcpListenSocket socket, TcpConnection connection) {
    }

    /**
     * How many more connections the application can take from this listening socket now
     * (its accept queue's free room). A SYN is dropped while the half-open connections
     * fill that room, as Linux does when its accept queue is full: the client sends the
     * SYN again later, instead of being reset after its handshake.
     */
    default int acceptRoom(TcpListenSocket socket) {
        return Integer.MAX_VALUE;
    }

    /** An active open ({@link Tcp#connect}) completed its handshake. */
    default void onConnected(TcpConnection connection) {
    }

    /** Bytes arrived to {@link TcpConnection#read}, or the peer closed its side (read gives -1). */
    default void onData(TcpConnection connection) {
    }

    /** Acknowledged data left the send buffer: {@link TcpConnection#send} has room again. */
    default void onWritable(TcpConnection connection) {
    }

    /** The connection is over (for this side); no further events follow. */
    default void onClosed(TcpConnection connection, CloseReason reason) {
    }
}

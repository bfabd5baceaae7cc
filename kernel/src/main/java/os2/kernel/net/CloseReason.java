package os2.kernel.net;

/** Why a TCP connection ended, as {@link SocketListener#onClosed} reports it. */
public enum CloseReason {
    /** Both sides closed (FIN exchanged). */
    NORMAL,
    /** The peer sent a reset. */
    RESET,
    /** The peer refused the connection (reset in answer to our SYN). */
    REFUSED,
    /** Retransmissions were not acknowledged in time. */
    TIMEOUT,
    /** This side aborted it ({@link TcpConnection#abort}). */
    ABORTED
}

package os2.kernel.sock;

import os2.kernel.sched.Waitable;

/**
 * What every socket capability's object offers the generic calls: the events a task
 * waits on (EV_READABLE, EV_CLOSED) and closing. TCP sockets are {@link Socket}, UDP and
 * ping sockets {@link DatagramSocket}.
 */
public interface NetSocket {
    /** True when a read (READ, RECVFROM) would not block or find nothing. */
    boolean isReadable();

    /** EV_READABLE's value: bytes waiting (TCP) or the first datagram's length. */
    long readableValue();

    /** True once the socket is closed or its connection over. */
    boolean isOver();

    /** Signals {@link #isReadable()}. */
    Waitable readable();

    /** Signals {@link #isOver()}. */
    Waitable closed();

    /** Closes the socket (its original capability was closed, or its task ended). */
    void close();
}

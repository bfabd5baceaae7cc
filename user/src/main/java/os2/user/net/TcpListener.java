package os2.user.net;

import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;

/** A listening TCP port (a socket capability with the listen right): accepts connections. */
public final class TcpListener implements AutoCloseable {
    private final Handle handle;
    private final long[] out = new long[2];
    private final long[] events = new long[Sys.EVENT_LONGS];

    private TcpListener(Handle handle) {
        this.handle = handle;
    }

    /** Listens on port through the network capability in start slot 6. */
    public static TcpListener listen(int port, int backlog) {
        return listen(Caps.slot(Caps.NETWORK), port, backlog);
    }

    /** Listens on port through network capability net; SysException (E_INUSE: the port listens already). */
    public static TcpListener listen(Handle net, int port, int backlog) {
        long[] o = new long[2];
        Sys.check(Sys.socket(net.lo(), net.hi(), TcpSocket.TCP, o), "SOCKET");
        long r = Sys.listen(o[0], o[1], port, backlog);
        if (r < 0) {
            Sys.close(o[0], o[1]);
            Sys.check(r, "LISTEN on port " + port);
        }
        return new TcpListener(Handle.at(o, 0));
    }

    /** The listening socket's handle (EV_ACCEPT waits on it). */
    public Handle handle() {
        return handle;
    }

    /** The next connection, or null if none is waiting. */
    public TcpSocket poll() {
        long r = Sys.accept(handle.lo(), handle.hi(), out);
        if (r == Sys.E_EMPTY) {
            return null;
        }
        Sys.check(r, "ACCEPT");
        return new TcpSocket(Handle.at(out, 0));
    }

    /** The next connection, waiting (EV_ACCEPT) until one comes. */
    public TcpSocket accept() {
        while (true) {
            TcpSocket s = poll();
            if (s != null) {
                return s;
            }
            events[0] = Sys.EV_ACCEPT;
            events[1] = handle.lo();
            events[2] = handle.hi();
            events[3] = 0;
            Sys.check(Sys.waitEvents(events, 1), "WAIT");
        }
    }

    /** Stops listening; connections not yet accepted are reset. */
    @Override
    public void close() {
        Sys.close(handle.lo(), handle.hi());
    }
}

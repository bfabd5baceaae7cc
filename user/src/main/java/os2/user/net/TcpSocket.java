package os2.user.net;

import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;

/**
 * A connected TCP socket: a socket capability the task holds (docs/NETWORK.md
 * "Sockets"). {@link #read} blocks until bytes or the end of the stream are there;
 * {@link #write} sends everything, blocking while the send buffer is full.
 */
public final class TcpSocket implements AutoCloseable {
    /** SOCKET's type for TCP. */
    static final int TCP = 1;

    private final Handle handle;

    TcpSocket(Handle handle) {
        this.handle = handle;
    }

    /** Connects to ip:port through the network capability in start slot 6. */
    public static TcpSocket connect(int ip, int port) {
        return connect(Caps.slot(Caps.NETWORK), ip, port);
    }

    /** Connects to ip:port through network capability net; SysException (E_PEER: refused or timed out). */
    public static TcpSocket connect(Handle net, int ip, int port) {
        long[] out = new long[2];
        Sys.check(Sys.socket(net.lo(), net.hi(), TCP, out), "SOCKET");
        TcpSocket s = new TcpSocket(Handle.at(out, 0));
        long r = Sys.connect(out[0], out[1], ip, port);
        if (r < 0) {
            s.close();
            Sys.check(r, "CONNECT " + Ip.toString(ip) + ":" + port);
        }
        return s;
    }

    /** The socket's handle (to wait on its events or pass it on). */
    public Handle handle() {
        return handle;
    }

    /** Up to len bytes into b[off..]: the count, or -1 at the end of the stream. */
    public int read(byte[] b, int off, int len) {
        long n = Sys.check(Sys.read(handle.lo(), handle.hi(), b, off, len), "READ");
        return n == 0 && len > 0 ? -1 : (int) n;
    }

    /** Sends all of b[off..off+len). */
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            long n = Sys.check(Sys.write(handle.lo(), handle.hi(), b, off, len), "WRITE");
            off += (int) n;
            len -= (int) n;
        }
    }

    /** Sends the string's bytes (ISO-8859-1: protocol text). */
    public void write(String s) {
        byte[] b = latin1(s);
        write(b, 0, b.length);
    }

    static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            b[i] = c < 256 ? (byte) c : (byte) '?';
        }
        return b;
    }

    /** Closes our side (FIN after the data) and drops the capability. */
    @Override
    public void close() {
        Sys.close(handle.lo(), handle.hi());
    }
}

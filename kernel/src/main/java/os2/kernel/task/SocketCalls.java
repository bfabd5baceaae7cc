package os2.kernel.task;

import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.sched.Result;
import os2.kernel.sched.Successor;
import os2.kernel.sock.DatagramSocket;
import os2.kernel.sock.NetService;
import os2.kernel.sock.Socket;

/**
 * The socket system calls (docs/SYSCALLS.md "Sockets"): SOCKET makes a socket from a
 * network capability, LISTEN, ACCEPT and CONNECT use its rights, and READ and WRITE on a
 * socket handle move bytes ({@link Streams} sends them here). A socket is a capability
 * like any other: closing its original closes the connection (CapHooks), and it can be
 * moved through a channel with the transfer right.
 */
final class SocketCalls {
    /** Largest backlog of half-open connections LISTEN takes (the SYN-flood limit). */
    static final int BACKLOG_MAX = 128;
    /** Bytes one READ or WRITE on a socket moves at most (larger requests are partial). */
    static final int CHUNK = 16 * 1024;
    /** Rights every socket carries besides connect/listen (those come from the network capability). */
    static final int BASE = Rights.READ | Rights.WRITE | Rights.WAIT | Rights.TRANSFER | Rights.DUPLICATE;

    private SocketCalls() {
    }

    /**
     * SOCKET: a new TCP (1), UDP (2) or ping (3) socket (its handle written at out) with
     * the network capability's connect/listen rights.
     */
    static long socket(Task t, long lo, long hi, long type, long out) {
        Capability net = Handles.get(t, lo, hi, Kind.NETWORK);
        if (net == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!net.has(Rights.CONNECT) && !net.has(Rights.LISTEN)) {
            return Syscalls.E_RIGHTS;
        }
        if (type != Socket.TCP && type != DatagramSocket.UDP && type != DatagramSocket.PING) {
            return Syscalls.E_INVAL;
        }
        if (!UserMemory.valid(t, out, Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        if (!NetService.up()) {
            return Syscalls.E_NOENT;
        }
        if (type != Socket.TCP) {
            return DatagramCalls.socket(t, net, (int) type, out);
        }
        return give(t, new Socket(), BASE | (net.rights & (Rights.CONNECT | Rights.LISTEN)), out);
    }

    /** A new socket's original capability into t's table, its handle at out. */
    private static long give(Task t, Socket s, int rights, long out) {
        Capability c = Capability.create(s, Kind.SOCKET, rights);
        if (!t.caps.insert(c)) {
            s.close();
            return Syscalls.E_NOMEM;
        }
        return Handles.write(t, out, c) ? 0 : Syscalls.closeWith(c, Syscalls.E_FAULT);
    }

    /** The socket t holds under (lo, hi) with right, or null (the error is in err[0]). */
    private static Socket get(Task t, long lo, long hi, int right, long[] err) {
        Capability c = Handles.get(t, lo, hi, Kind.SOCKET);
        if (c == null) {
            err[0] = Syscalls.E_BADHANDLE;
            return null;
        }
        if (!(c.object instanceof Socket)) {
            err[0] = Syscalls.E_INVAL;   // a datagram socket: BIND, SENDTO, RECVFROM
            return null;
        }
        if (!c.has(right)) {
            err[0] = Syscalls.E_RIGHTS;
            return null;
        }
        return (Socket) c.object;
    }

    /** LISTEN: the socket listens on port with at most backlog half-open connections. */
    static long listen(Task t, long lo, long hi, long port, long backlog) {
        long[] err = new long[1];
        Socket s = get(t, lo, hi, Rights.LISTEN, err);
        if (s == null) {
            return err[0];
        }
        if (port < 1 || port > 65535 || backlog < 1 || backlog > BACKLOG_MAX) {
            return Syscalls.E_INVAL;
        }
        return s.listen((int) port, (int) backlog) ? 0 : Syscalls.E_INUSE;
    }

    /** ACCEPT: the next completed connection as a new socket (handle at out), or E_EMPTY. */
    static long accept(Task t, long lo, long hi, long out) {
        long[] err = new long[1];
        Socket s = get(t, lo, hi, Rights.LISTEN, err);
        if (s == null) {
            return err[0];
        }
        if (s.listeningPort() == 0) {
            return Syscalls.E_INVAL;
        }
        if (!UserMemory.valid(t, out, Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        Socket c = s.accept();
        return c == null ? Syscalls.E_EMPTY : give(t, c, BASE, out);
    }

    /** CONNECT: blocks until the handshake with ip:port completes (0) or fails (E_PEER). */
    static long connect(Task t, long lo, long hi, long ip, long port) {
        long[] err = new long[1];
        Socket s = get(t, lo, hi, Rights.CONNECT, err);
        if (s == null) {
            return err[0];
        }
        if (port < 1 || port > 65535 || ip == 0 || ip != (ip & 0xFFFFFFFFL) || ip == 0xFFFFFFFFL) {
            return Syscalls.E_INVAL;
        }
        if (!s.connect((int) ip, (int) port)) {
            return Syscalls.E_INUSE;
        }
        if (s.connected() || s.isOver()) {
            return s.connected() ? 0 : Syscalls.E_PEER;
        }
        Tasks.block(t, new Successor.On(s.writable(), () -> finish(t, s.connected() ? 0 : Syscalls.E_PEER)));
        return Syscalls.BLOCK;
    }

    /** READ on a socket: blocks until bytes or the end of the stream (0) are there. */
    static long read(Task t, Capability c, long buf, long len) {
        if (len <= 0 || !UserMemory.valid(t, buf, len, true)) {
            return len == 0 ? 0 : len < 0 ? Syscalls.E_INVAL : Syscalls.E_FAULT;
        }
        Socket s = (Socket) c.object;
        if (!s.isReadable()) {
            Tasks.block(t, new Successor.On(s.readable(), () -> finish(t, c.isDead() ? Syscalls.E_BADHANDLE
                    : take(t, s, buf, len))));
            return Syscalls.BLOCK;
        }
        return take(t, s, buf, len);
    }

    private static long take(Task t, Socket s, long buf, long len) {
        byte[] b = new byte[(int) Math.min(len, CHUNK)];
        int n = s.read(b, 0, b.length);
        if (n <= 0) {
            return 0;   // the end of the stream (or a closed connection)
        }
        return UserMemory.writeFrom(t, buf, b, 0, n) ? n : Syscalls.E_FAULT;
    }

    /** WRITE on a socket: queues what fits (at least one byte, blocking while the buffer is full). */
    static long write(Task t, Capability c, long buf, long len) {
        if (len < 0) {
            return Syscalls.E_INVAL;
        }
        if (len == 0) {
            return 0;
        }
        byte[] b = UserMemory.read(t, buf, (int) Math.min(len, CHUNK));
        if (b == null) {
            return Syscalls.E_FAULT;
        }
        Socket s = (Socket) c.object;
        int n = s.write(b, 0, b.length);
        if (n != 0) {
            return n < 0 ? Syscalls.E_PEER : n;
        }
        Tasks.block(t, new Successor.On(s.writable(), () -> finish(t, c.isDead() ? Syscalls.E_BADHANDLE
                : retry(s, b))));
        return Syscalls.BLOCK;
    }

    private static long retry(Socket s, byte[] b) {
        int n = s.write(b, 0, b.length);
        return n < 0 ? Syscalls.E_PEER : n;   // 0 only if another writer filled the buffer: the caller retries
    }

    /** Resumes t with result r (the event it blocked on happened). */
    private static Result finish(Task t, long r) {
        if (t.exited()) {
            return Result.done();
        }
        UserMode.setResult(t.saveArea, r);
        return Tasks.resume(t);
    }
}

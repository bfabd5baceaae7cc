package os2.kernel.task;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.sched.Result;
import os2.kernel.sched.Successor;
import os2.kernel.sock.DatagramQueue;
import os2.kernel.sock.DatagramSocket;
import os2.kernel.sock.Lookup;
import os2.kernel.sock.NetService;

/**
 * The datagram socket calls and name resolution (docs/SYSCALLS.md): BIND a UDP socket to
 * a port, SENDTO a datagram (UDP) or an echo request (ping socket), RECVFROM the next
 * queued datagram or ping record without blocking (EV_READABLE waits), and RESOLVE a
 * host name through the stack's DNS client. Datagram sockets are made by SOCKET with
 * type 2 (UDP) or 3 (ping), see {@link SocketCalls#socket}.
 */
final class DatagramCalls {
    /** Bytes RECVFROM writes at its from pointer: u64 address (ip << 16 | port), u64 full size, u64 dropped. */
    static final int FROM_BYTES = 24;
    /** Largest payload SENDTO takes (a UDP datagram's limit; a ping's data is smaller still). */
    static final int SEND_MAX = 65507;
    /** Longest host name RESOLVE takes (RFC 1035's 255-byte limit on a name's text form). */
    static final int NAME_MAX = 253;

    private DatagramCalls() {
    }

    /** A new datagram socket of type (UDP needs R_CONNECT or R_LISTEN, PING R_CONNECT); its handle at out. */
    static long socket(Task t, Capability net, int type, long out) {
        if (type == DatagramSocket.PING && !net.has(Rights.CONNECT)) {
            return Syscalls.E_RIGHTS;
        }
        DatagramSocket s = new DatagramSocket(NetService.stack(), type, Clock::nanos);
        Capability c = Capability.create(s, Kind.SOCKET, SocketCalls.BASE | (net.rights & (Rights.CONNECT | Rights.LISTEN)));
        if (!t.caps.insert(c)) {
            return Syscalls.E_NOMEM;
        }
        return Handles.write(t, out, c) ? 0 : Syscalls.closeWith(c, Syscalls.E_FAULT);
    }

    /** The datagram socket t holds under (lo, hi), or null (the error in err[0]). */
    private static DatagramSocket get(Task t, long lo, long hi, long[] err) {
        Capability c = Handles.get(t, lo, hi, Kind.SOCKET);
        if (c == null) {
            err[0] = Syscalls.E_BADHANDLE;
            return null;
        }
        if (!(c.object instanceof DatagramSocket)) {
            err[0] = Syscalls.E_INVAL;   // a TCP socket
            return null;
        }
        err[1] = c.rights;
        return (DatagramSocket) c.object;
    }

    /** BIND: the UDP socket takes port (1-65535 needs R_LISTEN; 0 an ephemeral port); returns the port. */
    static long bind(Task t, long lo, long hi, long port) {
        long[] err = new long[2];
        DatagramSocket s = get(t, lo, hi, err);
        if (s == null) {
            return err[0];
        }
        if (port < 0 || port > 65535 || s.type() != DatagramSocket.UDP) {
            return Syscalls.E_INVAL;
        }
        int rights = (int) err[1];
        if (port != 0 ? (rights & Rights.LISTEN) == 0 : (rights & (Rights.LISTEN | Rights.CONNECT)) == 0) {
            return Syscalls.E_RIGHTS;
        }
        if (s.port() != 0 || s.isOver()) {
            return Syscalls.E_INUSE;
        }
        try {
            return s.bind((int) port);
        } catch (IllegalStateException e) {
            return Syscalls.E_INUSE;   // taken, or every binding of the stack is in use
        }
    }

    /**
     * SENDTO: len bytes at buf to the address (ip << 16 | port). UDP: 0; ping: the echo's
     * sequence number. Needs R_WRITE, and R_CONNECT unless a UDP socket answers from a
     * port it bound with R_LISTEN.
     */
    static long sendTo(Task t, long lo, long hi, long buf, long len, long address) {
        long[] err = new long[2];
        DatagramSocket s = get(t, lo, hi, err);
        if (s == null) {
            return err[0];
        }
        int rights = (int) err[1];
        boolean server = s.type() == DatagramSocket.UDP && s.fixedPort() && (rights & Rights.LISTEN) != 0;
        if ((rights & Rights.WRITE) == 0 || (rights & Rights.CONNECT) == 0 && !server) {
            return Syscalls.E_RIGHTS;
        }
        long ip = address >>> 16;
        long port = address & 0xFFFF;
        boolean ping = s.type() == DatagramSocket.PING;
        if (len < 0 || len > (ping ? os2.kernel.net.Icmp.MAX_PAYLOAD : SEND_MAX) || ip == 0 || ip > 0xFFFFFFFEL
                || !ping && port == 0) {
            return len > SEND_MAX ? Syscalls.E_TOOBIG : Syscalls.E_INVAL;
        }
        if (s.isOver()) {
            return Syscalls.E_PEER;
        }
        byte[] b = len == 0 ? new byte[0] : UserMemory.read(t, buf, (int) len);
        if (b == null) {
            return Syscalls.E_FAULT;
        }
        int r = s.sendTo((int) ip, (int) port, b, 0, b.length);
        switch (r) {
            case DatagramSocket.NO_ROUTE:
                return Syscalls.E_PEER;
            case DatagramSocket.BUSY:
                return Syscalls.E_FULL;
            case DatagramSocket.NO_PORT:
                return Syscalls.E_INUSE;
            default:
                return r;
        }
    }

    /**
     * RECVFROM: the first queued datagram (at most len bytes of it; the rest is lost) into
     * buf and its source, full size and the socket's drop count at from; the bytes
     * copied. E_EMPTY when nothing is queued (wait with EV_READABLE), E_PEER once closed.
     */
    static long recvFrom(Task t, long lo, long hi, long buf, long len, long from) {
        long[] err = new long[2];
        DatagramSocket s = get(t, lo, hi, err);
        if (s == null) {
            return err[0];
        }
        if ((err[1] & Rights.READ) == 0) {
            return Syscalls.E_RIGHTS;
        }
        if (len < 0) {
            return Syscalls.E_INVAL;
        }
        if (len > 0 && !UserMemory.valid(t, buf, len, true) || !UserMemory.valid(t, from, FROM_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        DatagramQueue.Datagram d = s.peek();
        if (d == null) {
            return s.isOver() ? Syscalls.E_PEER : Syscalls.E_EMPTY;
        }
        int n = (int) Math.min(len, d.data.length);
        if (n > 0 && !UserMemory.writeFrom(t, buf, d.data, 0, n)) {
            return Syscalls.E_FAULT;
        }
        if (!UserMemory.write64(t, from, (d.ip & 0xFFFFFFFFL) << 16 | d.port)
                || !UserMemory.write64(t, from + 8, d.data.length) || !UserMemory.write64(t, from + 16, s.dropped())) {
            return Syscalls.E_FAULT;
        }
        s.poll();
        return n;
    }

    /** RESOLVE: blocks until name (nameLen bytes) has an IPv4 address (the result) or cannot have one (E_NOENT). */
    static long resolve(Task t, long lo, long hi, long name, long nameLen) {
        Capability net = Handles.get(t, lo, hi, Kind.NETWORK);
        if (net == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!net.has(Rights.CONNECT)) {
            return Syscalls.E_RIGHTS;
        }
        if (nameLen <= 0 || nameLen > NAME_MAX) {
            return nameLen > NAME_MAX ? Syscalls.E_TOOBIG : Syscalls.E_INVAL;
        }
        byte[] n = UserMemory.read(t, name, (int) nameLen);
        if (n == null) {
            return Syscalls.E_FAULT;
        }
        if (!NetService.up()) {
            return Syscalls.E_NOENT;
        }
        String host = Syscalls.latin1(n, 0, n.length);
        Lookup l = new Lookup();
        try {
            NetService.stack().dns().resolve(host, l);
        } catch (IllegalArgumentException e) {
            return Syscalls.E_INVAL;   // not a host name
        } catch (IllegalStateException e) {
            return Syscalls.E_FULL;    // the resolver's lookups are all in use
        }
        if (l.finished()) {
            return answer(l);
        }
        Tasks.block(t, new Successor.On(l.done(), () -> finish(t, answer(l))));
        return Syscalls.BLOCK;
    }

    private static long answer(Lookup l) {
        return l.failure() != null ? Syscalls.E_NOENT : l.address() & 0xFFFFFFFFL;
    }

    private static Result finish(Task t, long r) {
        if (t.exited()) {
            return Result.done();
        }
        UserMode.setResult(t.saveArea, r);
        return Tasks.resume(t);
    }
}

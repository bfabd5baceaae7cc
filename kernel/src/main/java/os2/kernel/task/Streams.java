package os2.kernel.task;

import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.ipc.Endpoint;
import os2.kernel.ipc.Message;

/**
 * WRITE and READ: bytes to and from the console, through a channel endpoint used as a
 * pipe (each WRITE one message of bytes; a READ takes bytes from the first message and
 * leaves the rest of it queued), or through a TCP socket ({@link SocketCalls}).
 */
final class Streams {
    private Streams() {
    }

    /** The console, endpoint or socket capability t holds under (lo, hi), or null. */
    private static Capability stream(Task t, long lo, long hi) {
        Capability c = Handles.get(t, lo, hi, 0);
        return c != null && (c.kind == Kind.CONSOLE || c.kind == Kind.CHANNEL || c.kind == Kind.SOCKET) ? c : null;
    }

    static long write(Task t, long lo, long hi, long buf, long len) {
        Capability c = stream(t, lo, hi);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.WRITE)) {
            return Syscalls.E_RIGHTS;
        }
        if (len < 0) {
            return Syscalls.E_INVAL;
        }
        if (len == 0) {
            return 0;
        }
        if (c.kind == Kind.CONSOLE) {
            return UserMemory.toConsole(t, buf, len) ? len : Syscalls.E_FAULT;
        }
        if (c.kind == Kind.SOCKET) {
            return c.object instanceof os2.kernel.sock.Socket ? SocketCalls.write(t, c, buf, len) : Syscalls.E_INVAL;
        }
        Endpoint e = (Endpoint) c.object;
        if (e.check() == Endpoint.FULL) {   // a pipe: the writer waits for the reader, as on Unix
            Tasks.block(t, new os2.kernel.sched.Successor.On(e.roomAtPeer(), () -> writeWhenRoom(t, c, buf, len)));
            return Syscalls.BLOCK;
        }
        return writeMessage(t, e, buf, len);
    }

    /** One message of at most MAX_BYTES of the user's bytes: the count, E_FAULT, E_FULL or E_PEER. */
    private static long writeMessage(Task t, Endpoint e, long buf, long len) {
        int n = (int) Math.min(len, Message.MAX_BYTES);
        byte[] b = UserMemory.read(t, buf, n);
        if (b == null) {
            return Syscalls.E_FAULT;
        }
        int r = e.send(new Message(b, ChannelCalls.NO_CAPS));
        return r == Endpoint.SENT ? n : r == Endpoint.FULL ? Syscalls.E_FULL : Syscalls.E_PEER;
    }

    /** The reader took a message (or an end closed): write now, or wait again if another writer took the room. */
    private static os2.kernel.sched.Result writeWhenRoom(Task t, Capability c, long buf, long len) {
        if (t.exited()) {
            return os2.kernel.sched.Result.done();
        }
        if (c.isDead()) {
            os2.kernel.arch.x86_64.UserMode.setResult(t.saveArea, Syscalls.E_BADHANDLE);
            return Tasks.resume(t);
        }
        Endpoint e = (Endpoint) c.object;
        if (e.check() == Endpoint.FULL) {
            Tasks.block(t, new os2.kernel.sched.Successor.On(e.roomAtPeer(), () -> writeWhenRoom(t, c, buf, len)));
            return os2.kernel.sched.Result.done();
        }
        os2.kernel.arch.x86_64.UserMode.setResult(t.saveArea, writeMessage(t, e, buf, len));
        return Tasks.resume(t);
    }

    static long read(Task t, long lo, long hi, long buf, long len) {
        Capability c = stream(t, lo, hi);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.READ)) {
            return Syscalls.E_RIGHTS;
        }
        if (c.kind == Kind.CONSOLE) {
            return ConsoleRead.read(t, buf, len);
        }
        if (c.kind == Kind.SOCKET) {
            return c.object instanceof os2.kernel.sock.Socket ? SocketCalls.read(t, c, buf, len) : Syscalls.E_INVAL;
        }
        if (len <= 0 || !UserMemory.valid(t, buf, len, true)) {
            return len == 0 ? 0 : len < 0 ? Syscalls.E_INVAL : Syscalls.E_FAULT;
        }
        Endpoint e = (Endpoint) c.object;
        if (e.peek() == null && !e.peerGone()) {
            Tasks.block(t, new os2.kernel.sched.Successor.On(e.messages(), () -> wake(t, c, buf, len)));
            return Syscalls.BLOCK;
        }
        return take(t, e, buf, len);
    }

    /** A message came (or the peer went): finish the read and resume t. */
    private static os2.kernel.sched.Result wake(Task t, Capability c, long buf, long len) {
        if (t.exited()) {
            return os2.kernel.sched.Result.done();
        }
        long r = c.isDead() ? Syscalls.E_BADHANDLE : take(t, (Endpoint) c.object, buf, len);
        os2.kernel.arch.x86_64.UserMode.setResult(t.saveArea, r);
        return Tasks.resume(t);
    }

    /** Bytes from the first message (0 at the end: peer gone, nothing queued). */
    private static long take(Task t, Endpoint e, long buf, long len) {
        Message m = e.peek();
        if (m == null) {
            return 0;
        }
        int n = (int) Math.min(len, m.remaining());
        if (!UserMemory.writeFrom(t, buf, m.bytes(), m.consumed(), n)) {
            return Syscalls.E_FAULT;
        }
        m.consume(n);
        if (m.remaining() == 0) {
            e.poll();
            for (Capability k : m.caps()) {
                k.close();   // a pipe read does not take capabilities: they are dropped, as documented
            }
        }
        return n;
    }
}

package os2.kernel.task;

import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.ipc.Endpoint;
import os2.kernel.ipc.Message;
import os2.kernel.sched.Result;
import os2.kernel.sched.Successor;
import os2.rt.Mem;

/**
 * CHANNEL_CREATE, SEND and RECV. A send is checked completely (rights, handles, room in
 * the queue, an open peer) before anything moves, so a failed send leaves the sender
 * holding every capability it named, under the same handles. The capabilities of a sent
 * message are in flight until RECV installs them in the receiver's table; a region among
 * them moves its pages (zero-copy, {@link Handles#install}).
 *
 * <p>{@code struct os2_msg { bytes, len, caps, cap_count, received_caps }}: 5 words.
 */
final class ChannelCalls {
    static final Capability[] NO_CAPS = new Capability[0];
    /** A message structure that straddles two pages is copied here (one CPU, no reentry). */
    private static final long[] scratch = new long[5];
    static final int MSG_BYTES = 40;
    static final int RECV_BLOCK = 1;
    /** Rights of a new endpoint's original capability. */
    static final int ENDPOINT_RIGHTS = Rights.READ | Rights.WRITE | Rights.TRANSFER | Rights.DUPLICATE
            | Rights.WAIT | Rights.REVOKE;

    private ChannelCalls() {
    }

    static long create(Task t, long lo, long hi, long out) {
        Capability mem = Handles.get(t, lo, hi, Kind.MEMORY);
        if (mem == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!mem.has(Rights.ALLOC)) {
            return Syscalls.E_RIGHTS;
        }
        if (!UserMemory.valid(t, out, 2 * Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        Endpoint[] pair = Endpoint.pair();
        Capability a = Capability.create(pair[0], Kind.CHANNEL, ENDPOINT_RIGHTS);
        Capability b = Capability.create(pair[1], Kind.CHANNEL, ENDPOINT_RIGHTS);
        if (!t.caps.insert(a)) {
            a.close();
            b.close();
            return Syscalls.E_NOMEM;
        }
        if (!t.caps.insert(b)) {
            a.close();
            b.close();
            return Syscalls.E_NOMEM;
        }
        if (!Handles.write(t, out, a) || !Handles.write(t, out + Handles.HANDLE_BYTES, b)) {
            a.close();
            b.close();
            return Syscalls.E_FAULT;
        }
        return 0;
    }

    static long send(Task t, long lo, long hi, long msg) {
        Capability c = Handles.get(t, lo, hi, Kind.CHANNEL);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.WRITE)) {
            return Syscalls.E_RIGHTS;
        }
        long m = UserMemory.struct(t, msg, 32, false, scratch);
        if (m == 0) {
            return Syscalls.E_FAULT;
        }
        long bytes = Mem.read64(m);
        long len = Mem.read64(m + 8);
        long capsAt = Mem.read64(m + 16);
        long count = Mem.read64(m + 24);
        if (len < 0 || len > Message.MAX_BYTES || count < 0 || count > Message.MAX_CAPS) {
            return len < 0 || count < 0 ? Syscalls.E_INVAL : Syscalls.E_TOOBIG;
        }
        byte[] data = len == 0 ? new byte[0] : UserMemory.read(t, bytes, (int) len);
        byte[] handles = count == 0 ? new byte[0] : UserMemory.read(t, capsAt, (int) count * Handles.HANDLE_BYTES);
        if (data == null || handles == null) {
            return Syscalls.E_FAULT;
        }
        Capability[] moved = count == 0 ? NO_CAPS : new Capability[(int) count];
        for (int i = 0; i < count; i++) {
            Capability k = t.caps.get(UserMemory.word(handles, 16 * i), UserMemory.word(handles, 16 * i + 8));
            if (k == null || k == c) {
                return Syscalls.E_BADHANDLE;
            }
            if (!k.has(Rights.TRANSFER)) {
                return Syscalls.E_RIGHTS;
            }
            for (int j = 0; j < i; j++) {
                if (moved[j] == k) {
                    return Syscalls.E_INVAL;   // named twice
                }
            }
            moved[i] = k;
        }
        Endpoint e = (Endpoint) c.object;
        int state = e.check();
        if (state != Endpoint.SENT) {
            return state == Endpoint.FULL ? Syscalls.E_FULL : Syscalls.E_PEER;
        }
        for (int i = 0; i < moved.length; i++) {
            Handles.detach(t, moved[i]);
        }
        e.send(new Message(data, moved));
        if (moved.length > 0) {
            ChannelSweep.request();   // into a queue nobody can receive from, or an endpoint into its own
        }
        return 0;
    }

    static long recv(Task t, long lo, long hi, long msg, long flags) {
        Capability c = Handles.get(t, lo, hi, Kind.CHANNEL);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.READ)) {
            return Syscalls.E_RIGHTS;
        }
        if ((flags & ~RECV_BLOCK) != 0) {
            return Syscalls.E_INVAL;
        }
        Endpoint e = (Endpoint) c.object;
        if (e.peek() == null) {
            if (!UserMemory.valid(t, msg, MSG_BYTES, true)) {
                return Syscalls.E_FAULT;
            }
            if (e.peerGone()) {
                return Syscalls.E_PEER;
            }
            if ((flags & RECV_BLOCK) == 0) {
                return Syscalls.E_EMPTY;
            }
            Tasks.block(t, new Successor.On(e.messages(), () -> wake(t, c, msg)));
            return Syscalls.BLOCK;
        }
        return deliver(t, e, msg);
    }

    /** A message came (or the peer went) for a blocked RECV: finish it and resume t. */
    private static Result wake(Task t, Capability c, long msg) {
        if (t.exited()) {
            return Result.done();
        }
        Endpoint e = (Endpoint) c.object;
        long r = c.isDead() ? Syscalls.E_BADHANDLE : e.peek() == null ? Syscalls.E_PEER : deliver(t, e, msg);
        UserMode.setResult(t.saveArea, r);
        return Tasks.resume(t);
    }

    /** Takes the first message into t's buffers; its byte count, or an error (it stays queued). */
    private static long deliver(Task t, Endpoint e, long msg) {
        long m = UserMemory.struct(t, msg, MSG_BYTES, true, scratch);
        if (m == 0) {
            return Syscalls.E_FAULT;
        }
        long buf = Mem.read64(m);
        long len = Mem.read64(m + 8);
        long capsAt = Mem.read64(m + 16);
        long room = Mem.read64(m + 24);
        Message q = e.peek();
        int live = q.liveCaps();
        if (len < q.remaining() || room < live) {
            return len < 0 || room < 0 ? Syscalls.E_INVAL : Syscalls.E_TOOBIG;
        }
        if (!UserMemory.valid(t, buf, q.remaining(), true)
                || !UserMemory.valid(t, capsAt, (long) live * Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        Capability[] caps = q.caps();
        int installed = 0;
        for (int i = 0; i < caps.length; i++) {
            if (caps[i].isDead()) {
                continue;
            }
            if (!Handles.install(t, caps[i])) {
                for (int j = 0; j < i; j++) {   // back out: the message stays whole
                    if (!caps[j].isDead() && caps[j].holder() == t.caps) {
                        Handles.detach(t, caps[j]);
                    }
                }
                return Syscalls.E_NOMEM;
            }
            Handles.write(t, capsAt + (long) installed * Handles.HANDLE_BYTES, caps[i]);
            installed++;
        }
        int n = q.remaining();
        UserMemory.writeFrom(t, buf, q.bytes(), q.consumed(), n);
        if (m == Mem.arrayData(scratch)) {
            UserMemory.write64(t, msg + 32, installed);   // the structure straddles a page
        } else {
            Mem.write64(m + 32, installed);
        }
        e.poll();
        return n;
    }
}

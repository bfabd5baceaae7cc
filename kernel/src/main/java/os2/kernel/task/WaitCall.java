package os2.kernel.task;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.dev.InputRing;
import os2.kernel.ipc.Endpoint;
import os2.kernel.ipc.Message;
import os2.kernel.sched.Result;
import os2.kernel.sched.Scheduler;
import os2.kernel.sched.Successor;
import os2.kernel.sock.NetSocket;
import os2.kernel.sock.Socket;

/**
 * One WAIT: the task sleeps as one continuation per event (a fork), and the first that
 * fires resumes it with its index and value (a join); the others are cancelled. An
 * event that is already true answers at once, the lowest index first.
 *
 * <p>Entries in user memory: {@code struct os2_event { u64 kind; u64 arg_lo, arg_hi; u64 value; }}:
 * the argument is a handle, or for EV_TIMER a deadline in arg_lo. The socket events
 * (EV_ACCEPT, EV_READABLE with the bytes waiting or the first datagram's length,
 * EV_CLOSED) take a socket handle.
 */
final class WaitCall {
    static final int EV_TIMER = 1;
    static final int EV_INPUT = 2;
    static final int EV_TASK_EXIT = 3;
    static final int EV_MESSAGE = 4;
    static final int EV_PEER_CLOSED = 5;
    static final int EV_REVOKED = 6;
    static final int EV_ACCEPT = 7;
    static final int EV_READABLE = 8;
    static final int EV_CLOSED = 9;
    static final int ENTRY_BYTES = 32;
    static final int VALUE_OFFSET = 24;
    static final int MAX_EVENTS = 64;   // a server waits on one endpoint per client object (fsd)

    private final Task task;
    private final long events;
    private final Successor[] armed;
    private boolean done;

    private WaitCall(Task task, long events, int count) {
        this.task = task;
        this.events = events;
        this.armed = new Successor[count];
    }

    /** The WAIT system call: an index now, or BLOCK with the events armed. */
    static long start(Task t, long events, long count) {
        if (count < 1 || count > MAX_EVENTS) {
            return count > MAX_EVENTS ? Syscalls.E_TOOBIG : Syscalls.E_INVAL;
        }
        byte[] raw = UserMemory.read(t, events, (int) count * ENTRY_BYTES);
        if (raw == null || !UserMemory.valid(t, events, count * ENTRY_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        long[] kind = new long[(int) count];
        long[] arg = new long[(int) count];
        Capability[] cap = new Capability[(int) count];
        for (int i = 0; i < count; i++) {
            kind[i] = UserMemory.word(raw, i * ENTRY_BYTES);
            arg[i] = UserMemory.word(raw, i * ENTRY_BYTES + 8);
            if (kind[i] < EV_TIMER || kind[i] > EV_CLOSED) {
                return Syscalls.E_INVAL;
            }
            if (kind[i] != EV_TIMER) {
                cap[i] = t.caps.get(arg[i], UserMemory.word(raw, i * ENTRY_BYTES + 16));
                long e = check((int) kind[i], cap[i]);
                if (e != 0) {
                    return e;
                }
            }
        }
        // Already true: answer now, lowest index first.
        long now = Clock.nanos();
        for (int i = 0; i < count; i++) {
            long v = ready((int) kind[i], arg[i], cap[i], now);
            if (v != NOT_YET) {
                return answer(t, events, i, v);
            }
        }
        WaitCall w = new WaitCall(t, events, (int) count);
        Scheduler s = Tasks.scheduler();
        for (int i = 0; i < count; i++) {
            int index = i;
            Capability c = cap[i];
            switch ((int) kind[i]) {
                case EV_TIMER:
                    w.armed[i] = new Successor.Until(arg[i], () -> w.fire(index, Clock.nanos()));
                    break;
                case EV_INPUT:
                    w.armed[i] = new Successor.InputReady(() -> w.fire(index, 0));
                    break;
                case EV_TASK_EXIT:
                    w.armed[i] = new Successor.On((Task) c.object, () -> w.fire(index, ((Task) c.object).status()));
                    break;
                case EV_MESSAGE:
                    w.armed[i] = new Successor.On(((Endpoint) c.object).messages(), () -> w.fire(index, firstBytes(c)));
                    break;
                case EV_PEER_CLOSED:
                    w.armed[i] = new Successor.On(((Endpoint) c.object).peerClosed(), () -> w.fire(index, 0));
                    break;
                case EV_ACCEPT:
                    w.armed[i] = new Successor.On(((Socket) c.object).acceptable(), () -> w.fire(index, 0));
                    break;
                case EV_READABLE:
                    w.armed[i] = new Successor.On(((NetSocket) c.object).readable(),
                            () -> w.fire(index, available(c)));
                    break;
                case EV_CLOSED:
                    w.armed[i] = new Successor.On(((NetSocket) c.object).closed(), () -> w.fire(index, 0));
                    break;
                default:
                    w.armed[i] = new Successor.On(c, () -> w.fire(index, 0));
                    break;
            }
            s.submit(w.armed[i]);
        }
        t.pendingWait = w;
        Tasks.leave(t, Task.BLOCKED);
        return Syscalls.BLOCK;
    }

    private static final long NOT_YET = Long.MIN_VALUE;

    /** 0, or the error for waiting on kind through cap. */
    private static long check(int kind, Capability c) {
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        switch (kind) {
            case EV_INPUT:
                return c.kind != Kind.CONSOLE ? Syscalls.E_BADHANDLE : c.has(Rights.READ) ? 0 : Syscalls.E_RIGHTS;
            case EV_TASK_EXIT:
                return c.kind != Kind.TASK ? Syscalls.E_BADHANDLE : c.has(Rights.WAIT) ? 0 : Syscalls.E_RIGHTS;
            case EV_MESSAGE:
                return c.kind != Kind.CHANNEL ? Syscalls.E_BADHANDLE : c.has(Rights.READ) ? 0 : Syscalls.E_RIGHTS;
            case EV_PEER_CLOSED:
                return c.kind != Kind.CHANNEL ? Syscalls.E_BADHANDLE : 0;
            case EV_ACCEPT:
                return c.kind != Kind.SOCKET ? Syscalls.E_BADHANDLE : !(c.object instanceof Socket) ? Syscalls.E_INVAL
                        : c.has(Rights.LISTEN) ? 0 : Syscalls.E_RIGHTS;
            case EV_READABLE:
                return c.kind != Kind.SOCKET ? Syscalls.E_BADHANDLE : c.has(Rights.READ) ? 0 : Syscalls.E_RIGHTS;
            case EV_CLOSED:
                return c.kind != Kind.SOCKET ? Syscalls.E_BADHANDLE : 0;
            default:
                return 0;   // EV_REVOKED: any capability one holds
        }
    }

    /** The value if the event is already true, else NOT_YET. */
    private static long ready(int kind, long arg, Capability c, long now) {
        switch (kind) {
            case EV_TIMER:
                return arg <= now ? now : NOT_YET;
            case EV_INPUT:
                return InputRing.isEmpty() ? NOT_YET : 0;
            case EV_TASK_EXIT:
                return ((Task) c.object).exited() ? ((Task) c.object).status() : NOT_YET;
            case EV_MESSAGE:
                return ((Endpoint) c.object).peek() != null ? firstBytes(c) : NOT_YET;
            case EV_PEER_CLOSED:
                return ((Endpoint) c.object).peerGone() ? 0 : NOT_YET;
            case EV_ACCEPT:
                return ((Socket) c.object).hasPending() ? 0 : NOT_YET;
            case EV_READABLE:
                return ((NetSocket) c.object).isReadable() ? available(c) : NOT_YET;
            case EV_CLOSED:
                return ((NetSocket) c.object).isOver() ? 0 : NOT_YET;
            default:
                return c.isDead() ? 0 : NOT_YET;
        }
    }

    /** Bytes a socket has to read (0: the end of its stream), or its first datagram's length. */
    private static long available(Capability c) {
        return ((NetSocket) c.object).readableValue();
    }

    /** Bytes of the first queued message (0 if none: the peer went). */
    private static long firstBytes(Capability c) {
        Message m = ((Endpoint) c.object).peek();
        return m == null ? 0 : m.remaining();
    }

    /** Event index fired with value: the first one resumes the task, the rest do nothing. */
    private Result fire(int index, long value) {
        if (done) {
            return Result.done();
        }
        cancel();
        if (task.exited()) {
            return Result.done();
        }
        UserMode.setResult(task.saveArea, answer(task, events, index, value));
        return Tasks.resume(task);
    }

    /** Disarms every event not yet fired (the task resumed or ended). */
    void cancel() {
        done = true;
        task.pendingWait = null;
        Scheduler s = Tasks.scheduler();
        for (int i = 0; i < armed.length; i++) {
            if (armed[i] != null) {
                s.cancel(armed[i]);
            }
        }
    }

    /** Writes value into entry index's value field; the index, or E_FAULT. */
    private static long answer(Task t, long events, int index, long value) {
        return UserMemory.write64(t, events + (long) index * ENTRY_BYTES + VALUE_OFFSET, value) ? index : Syscalls.E_FAULT;
    }
}

package os2.kernel.task;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.dev.InputRing;
import os2.kernel.sched.Result;
import os2.kernel.sched.Scheduler;
import os2.kernel.sched.Successor;

/**
 * One WAIT: the task sleeps as one continuation per event (a fork), and the first that
 * fires resumes it with its index and value (a join); the others are cancelled. An
 * event that is already true answers at once, the lowest index first.
 *
 * <p>Entries in user memory: {@code struct os2_event { u64 kind; u64 arg; u64 value; }}.
 */
final class WaitCall {
    static final int EV_TIMER = 1;
    static final int EV_INPUT = 2;
    static final int EV_TASK_EXIT = 3;
    static final int ENTRY_BYTES = 24;
    static final int MAX_EVENTS = 16;

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
        for (int i = 0; i < count; i++) {
            kind[i] = UserMemory.word(raw, i * ENTRY_BYTES);
            arg[i] = UserMemory.word(raw, i * ENTRY_BYTES + 8);
            if (kind[i] == EV_TASK_EXIT && !(t.handles.get(arg[i]) instanceof Task)) {
                return Syscalls.E_BADHANDLE;
            }
            if (kind[i] != EV_TIMER && kind[i] != EV_INPUT && kind[i] != EV_TASK_EXIT) {
                return Syscalls.E_INVAL;
            }
        }
        // Already true: answer now, lowest index first.
        long now = Clock.nanos();
        for (int i = 0; i < count; i++) {
            if (kind[i] == EV_TIMER && arg[i] <= now) {
                return answer(t, events, i, now);
            }
            if (kind[i] == EV_INPUT && !InputRing.isEmpty()) {
                return answer(t, events, i, 0);
            }
            if (kind[i] == EV_TASK_EXIT && ((Task) t.handles.get(arg[i])).exited()) {
                return answer(t, events, i, ((Task) t.handles.get(arg[i])).status());
            }
        }
        WaitCall w = new WaitCall(t, events, (int) count);
        Scheduler s = Tasks.scheduler();
        for (int i = 0; i < count; i++) {
            int index = i;
            if (kind[i] == EV_TIMER) {
                w.armed[i] = new Successor.Until(arg[i], () -> w.fire(index, Clock.nanos()));
            } else if (kind[i] == EV_INPUT) {
                w.armed[i] = new Successor.InputReady(() -> w.fire(index, 0));
            } else {
                Task child = (Task) t.handles.get(arg[i]);
                w.armed[i] = new Successor.On(child, () -> w.fire(index, child.status()));
            }
            s.submit(w.armed[i]);
        }
        t.pendingWait = w;
        Tasks.leave(t, Task.BLOCKED);
        return Syscalls.BLOCK;
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
        return UserMemory.write64(t, events + (long) index * ENTRY_BYTES + 16, value) ? index : Syscalls.E_FAULT;
    }
}

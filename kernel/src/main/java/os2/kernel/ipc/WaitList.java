package os2.kernel.ipc;

import java.util.ArrayList;
import os2.kernel.sched.Continuation;
import os2.kernel.sched.KernelLoop;
import os2.kernel.sched.Scheduler;
import os2.kernel.sched.Waitable;

/**
 * Continuations waiting for one condition of an object (a message is queued, the peer
 * closed). {@link #addWaiter} starts the continuation at once if the condition already
 * holds; {@link #wake} starts every waiter when it becomes true.
 */
final class WaitList implements Waitable {
    /** The condition, asked when a waiter arrives. */
    interface Condition {
        boolean holds();
    }

    private final Condition condition;
    private ArrayList<Continuation> waiters;

    WaitList(Condition condition) {
        this.condition = condition;
    }

    @Override
    public void addWaiter(Scheduler s, Continuation c) {
        if (condition.holds()) {
            s.start(c);
            return;
        }
        if (waiters == null) {
            waiters = new ArrayList<>(2);
        }
        waiters.add(c);
    }

    @Override
    public void removeWaiter(Continuation c) {
        if (waiters != null) {
            waiters.remove(c);
        }
    }

    /** Starts every waiter (the condition just became true). */
    void wake() {
        if (waiters == null || waiters.isEmpty()) {
            return;
        }
        Scheduler s = KernelLoop.scheduler();
        for (int i = 0; i < waiters.size(); i++) {
            s.start(waiters.get(i));
        }
        waiters.clear();
    }
}

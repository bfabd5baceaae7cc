package os2.kernel.sock;

import java.util.ArrayList;
import java.util.function.BooleanSupplier;
import os2.kernel.sched.Continuation;
import os2.kernel.sched.KernelLoop;
import os2.kernel.sched.Scheduler;
import os2.kernel.sched.Waitable;

/**
 * One condition of a socket (a connection to accept, bytes to read, the connection
 * over) as an event source: a waiter arriving while the condition holds runs at once,
 * the others run when the stack's callback {@link #wake}s them.
 */
final class Signal implements Waitable {
    private final BooleanSupplier condition;
    private ArrayList<Continuation> waiters;

    Signal(BooleanSupplier condition) {
        this.condition = condition;
    }

    @Override
    public void addWaiter(Scheduler s, Continuation c) {
        if (condition.getAsBoolean()) {
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

    /** Starts every waiter if the condition holds now (called from the stack's callbacks). */
    void wake() {
        if (waiters == null || waiters.isEmpty() || !condition.getAsBoolean()) {
            return;
        }
        Scheduler s = KernelLoop.scheduler();
        for (int i = 0; i < waiters.size(); i++) {
            s.start(waiters.get(i));
        }
        waiters.clear();
    }
}

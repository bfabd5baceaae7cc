package os2.kernel.sched;

import java.util.ArrayList;
import java.util.function.BooleanSupplier;

/**
 * One condition of a kernel object as an event source (a message queued, a peer closed, a
 * connection to accept, bytes to read): a waiter arriving while the condition holds runs
 * at once; the others run when the object calls {@link #wake} and the condition holds.
 */
public final class WaitList implements Waitable {
    private final BooleanSupplier condition;
    private ArrayList<Continuation> waiters;

    public WaitList(BooleanSupplier condition) {
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

    /** Starts every waiter if the condition holds now. */
    public void wake() {
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

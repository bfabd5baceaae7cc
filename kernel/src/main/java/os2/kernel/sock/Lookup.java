package os2.kernel.sock;

import os2.kernel.net.DnsListener;
import os2.kernel.sched.WaitList;
import os2.kernel.sched.Waitable;

/**
 * One RESOLVE in progress: the stack's DNS client answers into it (at once for a
 * dotted-quad name), and the task blocked in the call waits on {@link #done()}.
 */
public final class Lookup implements DnsListener {
    private boolean finished;
    private int address;
    private String failure;
    private final WaitList done = new WaitList(() -> finished);

    @Override
    public void onResolved(String name, int ip) {
        address = ip;
        finished = true;
        done.wake();
    }

    @Override
    public void onFailed(String name, String reason) {
        failure = reason;
        finished = true;
        done.wake();
    }

    /** True once the answer (or the failure) is there. */
    public boolean finished() {
        return finished;
    }

    /** The address found (valid when finished without a failure). */
    public int address() {
        return address;
    }

    /** Why the lookup failed, or null. */
    public String failure() {
        return failure;
    }

    /** Signals {@link #finished()}. */
    public Waitable done() {
        return done;
    }
}

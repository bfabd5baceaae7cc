package os2.kernel.task;

import java.util.ArrayList;
import os2.kernel.cap.CapTable;
import os2.kernel.mem.PageTable;
import os2.kernel.mem.Region;
import os2.kernel.sched.Continuation;
import os2.kernel.sched.Scheduler;
import os2.kernel.sched.Waitable;

/**
 * A user task: a protection domain in the single address space. Its regions keep their
 * one system-wide address; its own page table (sharing the kernel half) maps only them,
 * so it can touch nothing else. Its registers live in a save area of its own between
 * runs. It is also the event source of its exit ({@link Waitable}): waiters run with
 * the exit status available from {@link #status()}.
 */
public final class Task implements Waitable {
    /** Life cycle. */
    public static final int READY = 0;
    public static final int RUNNING = 1;
    public static final int BLOCKED = 2;
    public static final int EXITED = 3;
    private static final String[] STATES = {"ready", "running", "blocked", "exited"};

    final long id;
    final String name;
    final PageTable table;
    /** Direct-map address of the page holding the save area (TrapFrame + fxsave). */
    final long saveArea;
    final ArrayList<Region> regions = new ArrayList<>();
    /** The capabilities it holds, by handle. */
    final CapTable caps = new CapTable(this);
    /** Runs this task again; made once so that preemption (in an IRQ) needs no allocation. */
    final Continuation resumer;
    int state = READY;
    int status;
    /** The WAIT this task is blocked in, to cancel its other events if it ends. */
    WaitCall pendingWait;
    /** The event a blocked READ or RECV waits on, withdrawn if the task ends first. */
    os2.kernel.sched.Successor blockedOn;
    /** Where the task's runtime keeps its innermost Java frame pointer (FRAMES), or 0. */
    long framesAddress;
    /** When the current run began (Clock ns), for the CPU budget. */
    long sliceStart;
    /** Times it was entered from the scheduler (Tasks.enter): the stall=entry test stalls odd ones. */
    long entries;
    private final ArrayList<Continuation> exitWaiters = new ArrayList<>();

    Task(long id, String name, PageTable table, long saveArea) {
        this.id = id;
        this.name = name;
        this.table = table;
        this.saveArea = saveArea;
        this.resumer = () -> Tasks.resume(this);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int status() {
        return status;
    }

    public boolean exited() {
        return state == EXITED;
    }

    /** Its capability table (for reports: ps, caps, the status page). */
    public CapTable caps() {
        return caps;
    }

    public String stateName() {
        return STATES[state];
    }

    /** The region of this task whose usable part holds addr, or null (a binary search). */
    Region regionAt(long addr) {
        Region r = Tasks.space().find(addr);
        return r != null && r.owner == this && r.contains(addr) ? r : null;
    }

    @Override
    public void addWaiter(Scheduler s, Continuation c) {
        if (state == EXITED) {
            s.start(c);
        } else {
            exitWaiters.add(c);
        }
    }

    @Override
    public void removeWaiter(Continuation c) {
        exitWaiters.remove(c);
    }

    /** Hands the exit waiters to the scheduler (the task has just ended). */
    void wakeExitWaiters(Scheduler s) {
        for (int i = 0; i < exitWaiters.size(); i++) {
            s.start(exitWaiters.get(i));
        }
        exitWaiters.clear();
    }

    @Override
    public String toString() {
        return "task " + id + " (" + name + ")";
    }
}

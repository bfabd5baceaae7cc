package os2.kernel.task;

import java.util.ArrayList;
import java.util.List;
import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.Pic;
import os2.kernel.arch.x86_64.Pit;
import os2.kernel.arch.x86_64.Traps;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.boot.BootModule;
import os2.kernel.cap.Capability;
import os2.kernel.console.Log;
import os2.kernel.mem.AddressSpace;
import os2.kernel.mem.FrameAllocator;
import os2.kernel.mem.PageFaults;
import os2.kernel.mem.PageTable;
import os2.kernel.mem.PhysMap;
import os2.kernel.mem.Region;
import os2.kernel.panic.QemuExit;
import os2.kernel.sched.KernelLoop;
import os2.kernel.sched.Result;
import os2.kernel.sched.Scheduler;
import os2.rt.Cpu;
import os2.rt.InitAtBoot;
import os2.rt.NoAlloc;

/**
 * The tasks of the system and their life cycle: spawn (from a boot module), run
 * (enter user mode from a continuation), block, preempt, exit, and the release of
 * everything a task held. One CPU, so at most one task runs at a time.
 *
 * <p>No timer preemption in the kernel, as in the original OS2: a task runs until it
 * makes a blocking call or ends. The one exception is the CPU budget: a task still in
 * user mode {@link #budgetNanos} after it was entered is preempted at the next timer
 * interrupt (its registers saved, its resumption queued behind the other ready work),
 * so a task that loops forever cannot freeze the system.
 */
@InitAtBoot   // Kernel.init calls init() at boot; the IRQ path (preemptIfDue) only runs once a task exists
public final class Tasks {
    /** A task's stack: demand-paged, with an unmapped guard page below and above. */
    public static final long STACK_SIZE = 1L << 20;
    static final long GUARD = PageTable.PAGE_4K;
    /** Exit statuses the kernel chooses (docs/SYSCALLS.md). */
    public static final int STATUS_FAULT_BASE = 128;
    public static final int STATUS_KILLED = 255;
    /** Default CPU budget per run (budget= on the command line, in ms). */
    public static final long DEFAULT_BUDGET_NANOS = 10_000_000L;

    private static AddressSpace space;
    private static PageTable kernelTable;
    private static FrameAllocator frames;
    private static List<BootModule> modules;
    private static long budgetNanos = DEFAULT_BUDGET_NANOS;
    /** stall=entry: how long past the budget a stalled entry waits for its interrupt at most. */
    static final long STALL_LIMIT_NANOS = 100_000_000L;
    private static boolean stallEntries;
    /** stall=entry: entries stalled, and those that saw the budget's interrupt come (init's exit reports them). */
    private static long stalls;
    private static long stallsSpent;
    private static final ArrayList<Task> live = new ArrayList<>();

    /** The tasks alive (not to be changed by the caller): ChannelSweep's roots. */
    static ArrayList<Task> liveTasks() {
        return live;
    }
    private static long nextId = 1;
    private static Task running;
    private static Task init;
    private static long spawned;
    private static long exits;

    private Tasks() {
    }

    /**
     * Prepares for tasks: every kernel-half PML4 entry is made now, so views copied later
     * share all kernel mappings. Returns a log line.
     */
    public static String init(AddressSpace s, PageTable kernel, FrameAllocator f, List<BootModule> mods,
                              long budgetMs) {
        space = s;
        kernelTable = kernel;
        frames = f;
        modules = mods;
        if (budgetMs > 0) {
            budgetNanos = budgetMs * 1_000_000L;
        }
        Authority.init();
        Capability.setHooks(new CapHooks());
        if (kernel.fillKernelHalf() != PageTable.OK) {
            throw new IllegalStateException("no frames for the kernel half of the page tables");
        }
        return UserMode.init() + ", CPU budget " + budgetNanos / 1_000_000 + " ms, " + mods.size()
                + " boot module(s)";
    }

    /** The boot module called name (its file name, without directories), or null. */
    static BootModule module(String name) {
        for (int i = 0; i < modules.size(); i++) {
            if (moduleName(modules.get(i)).equals(name)) {
                return modules.get(i);
            }
        }
        return null;
    }

    /** A module's name: the first word of its string, without directories. */
    public static String moduleName(BootModule m) {
        String s = m.string().trim();
        int sp = s.indexOf(' ');
        if (sp >= 0) {
            s = s.substring(0, sp);
        }
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /**
     * Starts the boot module name as a new task with args and queues its first run.
     * Throws {@link SpawnError} with the system-call error code and a reason.
     */
    public static Task spawn(String name, String[] args, Capability[] start) throws SpawnError {
        BootModule m = module(name);
        if (m == null) {
            throw new SpawnError(Syscalls.E_NOENT, "no boot module \"" + name + "\"");
        }
        return spawn(name, new PhysElfBytes(m.start(), m.size()), args, null, start, new boolean[start.length]);
    }

    /**
     * Starts the ELF file in file as a new task called name holding exactly the start
     * capabilities (slot i = start[i], null for an empty slot): a copy made for it, or,
     * where move[i], a capability taken from parent. If the spawn fails, copies are
     * closed and moved capabilities stay with parent.
     */
    static Task spawn(String name, ElfSource file, String[] args, Task parent, Capability[] start, boolean[] move)
            throws SpawnError {
        PageTable view = kernelTable.newView();
        long area = view == null ? FrameAllocator.NONE : frames.allocZeroed(0);
        if (area == FrameAllocator.NONE) {
            if (view != null) {
                view.freeView();
            }
            throw new SpawnError(Syscalls.E_NOMEM, "no frames for a task");
        }
        Task t = new Task(nextId++, name, view, PhysMap.virt(area));
        try {
            long entry = TaskLoader.load(t, file);
            long[] sp = TaskLoader.stack(t, args, start.length);
            giveStart(t, parent, start, move);
            TaskLoader.writeHandles(t, sp[3], start);
            UserMode.initialState(t.saveArea, entry, sp[0], args.length, sp[1], sp[2], sp[3], start.length);
        } catch (SpawnError e) {
            takeBack(t, parent, start, move);
            release(t);
            throw e;
        }
        live.add(t);
        spawned++;
        KernelLoop.scheduler().start(t.resumer);
        return t;
    }

    /** The start capabilities enter t's table (moved ones leave parent's). */
    private static void giveStart(Task t, Task parent, Capability[] start, boolean[] move) throws SpawnError {
        for (int i = 0; i < start.length; i++) {
            if (start[i] == null) {
                continue;
            }
            if (move[i]) {
                Handles.detach(parent, start[i]);
            }
            if (!Handles.install(t, start[i])) {
                if (move[i]) {
                    Handles.install(parent, start[i]);
                    move[i] = false;
                    start[i] = null;
                }
                throw new SpawnError(Syscalls.E_NOMEM, "no memory for start capability " + i);
            }
        }
    }

    /** A failed spawn: moved capabilities go back to parent (under new handles), copies close. */
    private static void takeBack(Task t, Task parent, Capability[] start, boolean[] move) {
        for (int i = 0; i < start.length; i++) {
            Capability c = start[i];
            if (c == null) {
                continue;
            }
            if (move[i] && c.holder() == t.caps) {
                Handles.detach(t, c);
                if (!Handles.install(parent, c)) {
                    c.close();
                }
            } else if (!move[i]) {
                c.close();
            }
        }
    }

    /**
     * Starts init (init= on the command line) with the words after the file name in its
     * module string as its arguments; its exit ends the machine with its status.
     */
    public static boolean startInit(String name) {
        BootModule m = module(name);
        ArrayList<String> words = new ArrayList<>();
        String s = m == null ? "" : m.string();
        for (int i = 0; i < s.length(); ) {   // words separated by spaces; the first is the file
            int j = s.indexOf(' ', i);
            j = j < 0 ? s.length() : j;
            if (j > i) {
                words.add(s.substring(i, j));
            }
            i = j + 1;
        }
        String[] args = new String[Math.max(0, words.size() - 1)];
        for (int i = 0; i < args.length; i++) {
            args[i] = words.get(i + 1);
        }
        try {
            init = spawn(name, args, Authority.forInit());
            Log.info("task", "init: " + init);
            return true;
        } catch (SpawnError e) {
            Log.error("task", "init \"" + name + "\" not started: " + e.getMessage());
            return false;
        }
    }

    /** Ends a continuation by running t: traps.S enters user mode after it. */
    static Result resume(Task t) {
        if (t.state == Task.EXITED) {
            return Result.done();
        }
        t.blockedOn = null;
        return KernelLoop.enterUser(enter(t));
    }

    /**
     * Makes t the running task (its view in CR3, budget armed); the resume word for traps.S.
     * Leaves interrupts off: the last thing a continuation does before user mode.
     */
    private static long enter(Task t) {
        if (Cpu.readCr3() != t.table.root()) {
            Cpu.writeCr3(t.table.root());
            PageFaults.setView(t.table, t);
        }
        running = t;
        t.state = Task.RUNNING;
        t.sliceStart = Clock.nanos();
        UserMode.setRunning(t.saveArea);
        // Interrupts off from here until the task is in user mode (iretq or sysretq turn
        // them on): the budget's interrupt must find the task there (preemptIfDue), or wait
        // pending until it is. Taken in the kernel, Traps.irq sees only a wake-up, and the
        // task would go on with no one-shot armed: one that never calls the kernel would
        // keep the CPU for ever, timers and all (docs/RELIABILITY.md, fixed bug 2). The
        // budget can run out here when the host stalls QEMU for longer than it.
        Cpu.cli();
        Pit.oneShot(Pit.countFor(budgetNanos));
        if (stallEntries && (++t.entries & 1) == 1) {
            stallUntilBudgetSpent();
        }
        return UserMode.resumeWord(t.saveArea);
    }

    /**
     * Test only (stall=entry, {@link #stallEntriesForTest}): waits, budget armed, until the
     * budget's timer interrupt has been raised (requested at the PIC, or already taken), as
     * a host that stalls QEMU right here for longer than the budget would. Bounded: a PIT
     * that never fires must not hang the kernel. Only odd entries of a task: a task stalled
     * here is preempted before its first instruction, and its next entry lets it run.
     */
    private static void stallUntilBudgetSpent() {
        long end = Clock.nanos() + budgetNanos + STALL_LIMIT_NANOS;
        long taken = Traps.timerIrqs();
        stalls++;
        while (Clock.nanos() < end) {
            if (Pic.requested(Pic.IRQ_TIMER) || Traps.timerIrqs() != taken) {
                stallsSpent++;
                return;
            }
            Cpu.pause();
        }
    }

    /** Test only (stall=entry on the command line): every odd entry of a task stalls (above). */
    public static void stallEntriesForTest() {
        stallEntries = true;
    }

    /** After a system call that returns at once: the same task goes on (its budget keeps running). */
    @NoAlloc
    static long enterAgain(Task t) {
        return UserMode.resumeWord(t.saveArea);
    }

    /** The task in user mode or in a system call right now, or null. */
    @NoAlloc
    public static Task running() {
        return running;
    }

    /** t blocks until s's event: s is submitted, and withdrawn if t ends first. */
    static void block(Task t, os2.kernel.sched.Successor s) {
        leave(t, Task.BLOCKED);
        t.blockedOn = s;
        scheduler().submit(s);
    }

    /** The running task stops running (it blocked, was preempted or ended). */
    @NoAlloc
    static void leave(Task t, int state) {
        t.state = state;
        if (running == t) {
            running = null;
        }
    }

    /**
     * Timer or other interrupt in user mode (interrupt context: no allocation). If the
     * running task has used its budget, its registers go to its save area and its
     * resumption is queued: returns true and traps.S enters the scheduler loop.
     */
    @NoAlloc
    public static boolean preemptIfDue(long frame) {
        Task t = running;
        if (t == null) {
            return false;
        }
        long used = Clock.nanos() - t.sliceStart;
        if (used < budgetNanos) {
            // Not yet (another interrupt, or the PIT ran a little fast against the TSC):
            // the one-shot timer must be armed again, or the task would never be stopped.
            Pit.oneShot(Pit.countFor(budgetNanos - used));
            return false;
        }
        UserMode.saveFromTrap(frame, t.saveArea);
        leave(t, Task.READY);
        KernelLoop.deferFromInterrupt(t.resumer);
        return true;
    }

    /**
     * Ends t with status: every region, frame, page table and handle it held goes back,
     * its waiters wake, and the machine stops if it was init.
     */
    static void exit(Task t, int status) {
        if (t.state == Task.EXITED) {
            return;
        }
        if (t.pendingWait != null) {
            t.pendingWait.cancel();
        }
        if (t.blockedOn != null) {
            scheduler().cancel(t.blockedOn);   // its waiter list must not keep the dead task
            t.blockedOn = null;
        }
        leave(t, Task.EXITED);
        t.status = status;
        release(t);
        live.remove(t);
        exits++;
        ChannelSweep.runIfRequested();   // its endpoints may have held the only way to others
        Log.debug("task", t + " exited with status " + status);
        t.wakeExitWaiters(KernelLoop.scheduler());
        if (t == init) {
            if (stallEntries) {
                Log.warn("task", "stall=entry: " + stalls + " entries stalled, " + stallsSpent
                        + " until the budget's interrupt came");
            }
            // the TSC counts guest instructions under -icount: ./os2 bench shell reads it here
            Log.info("task", "init exited with status " + status + "; shutting down (tsc="
                    + Cpu.rdtsc() + ")");
            QemuExit.exit(status);
        }
    }

    /** Returns what t holds: regions (frames and lower page tables with them), view, save area. */
    private static void release(Task t) {
        t.caps.closeAll();   // before the regions: a region's original frees it, copies unmap
        Pager.taskGone(t);
        if (Cpu.readCr3() == t.table.root()) {
            Cpu.writeCr3(kernelTable.root());
            PageFaults.setView(kernelTable, null);
        }
        for (int i = t.regions.size() - 1; i >= 0; i--) {
            Region r = t.regions.get(i);
            t.table.unmapRegion(r);
            space.release(r);
        }
        t.regions.clear();
        int leaked = t.table.freeView();
        if (leaked != 0) {
            Log.error("task", t + ": " + leaked + " lower-half page tables left after unmapping its regions");
        }
        frames.free(PhysMap.phys(t.saveArea), 0);
    }

    /** A new user region for t (demand-paged unless told otherwise), registered to it. */
    static Region allocRegion(Task t, long size, int flags, long guard, String name) {
        Region r = space.allocate(size, flags | Region.USER, guard, guard, false, name);
        if (r == null) {
            return null;
        }
        r.owner = t;
        r.home = t.table;
        t.regions.add(r);
        return r;
    }

    /** A user region of t at a fixed address (ELF segments), or null if that range is taken. */
    static Region reserveRegion(Task t, long base, long size, int flags, String name) {
        Region r = space.reserve(base, size, flags | Region.USER, name);
        if (r == null) {
            return null;
        }
        r.owner = t;
        r.home = t.table;
        t.regions.add(r);
        return r;
    }

    /** Frees one of t's regions (its original capability closed). */
    static void freeRegion(Task t, Region r) {
        t.table.unmapRegion(r);
        space.release(r);
        t.regions.remove(r);
    }

    /** A free stretch of user address space of this size, for a PIE image (not claimed). */
    static long findSpan(long size) {
        Region probe = space.allocate(size, Region.USER, 0, 0, false, "probe");
        if (probe == null) {
            return -1;
        }
        long base = probe.base();
        space.release(probe);
        return base;
    }

    public static AddressSpace space() {
        return space;
    }

    public static FrameAllocator frames() {
        return frames;
    }

    /** Tasks alive. */
    public static int count() {
        return live.size();
    }

    public static Task task(int i) {
        return live.get(i);
    }

    public static long spawnedCount() {
        return spawned;
    }

    public static long exitCount() {
        return exits;
    }

    /** The scheduler the tasks' continuations go to. */
    static Scheduler scheduler() {
        return KernelLoop.scheduler();
    }
}

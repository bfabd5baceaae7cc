package os2.user.prog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;
import os2.user.SysException;
import os2.user.Task;
import os2.user.Time;

/**
 * {@link Os} on OS2, through system calls. The task list and the memory figures come from
 * SYS_STATUS, which needs a system capability (kind K_SYSTEM, R_READ; the first start slot
 * holding one is used); the caller's own frames from TASK_INFO; the capabilities from
 * CAP_INFO on each start slot; the clock is CLOCK and sleeping WAIT on a timer.
 *
 * <p>What the kernel does not offer (docs/SHELL.md lists it): frames per task of other tasks
 * (SYS_STATUS has no such column: {@link Os#UNKNOWN}); the time of day (no real-time clock
 * reading: {@link Os#wallMillis} is UNKNOWN); killing a task by id (TASK_KILL takes a task
 * handle, and CAP_INFO does not tell a task handle's id), so kill works for the tasks whose
 * handles the host passes in, by id, and says "Operation not permitted" for the others.
 */
public final class OsSystem implements Os {
    /** Bytes of a frame (a 4 KiB page). */
    static final long FRAME = 4096;
    private static final int REPORT_BYTES = 4096;
    /** The longest single WAIT sleep asks for (about 11.5 days: far from overflowing the nanosecond clock). */
    private static final long LONGEST_WAIT_MS = 1_000_000_000L;
    private static final String[] KINDS = {"?", "console", "memory", "modules", "module", "task", "region", "channel",
        "group", "system", "network", "socket"};

    private final Handle system;
    private final Map<Long, Handle> taskHandles;

    /** With the first system capability among the start slots (or none) and no task handles. */
    public OsSystem() {
        this(findSystem(), Map.of());
    }

    /** system may be {@link Handle#NONE}; taskHandles maps task ids to task handles (R_KILL) kill may use. */
    public OsSystem(Handle system, Map<Long, Handle> taskHandles) {
        this.system = system;
        this.taskHandles = taskHandles;
    }

    /** The first start slot holding a system capability, or NONE. */
    static Handle findSystem() {
        for (int i = 0; i < Caps.count(); i++) {
            Handle h = Caps.slot(i);
            long[] info = new long[4];
            if (!h.isNone() && Sys.capInfo(h.lo(), h.hi(), info) >= 0 && info[0] == Sys.K_SYSTEM) {
                return h;
            }
        }
        return Handle.NONE;
    }

    /** The SYS_STATUS report. */
    private String report() throws SysError {
        if (system.isNone()) {
            throw new SysError(SysError.DENIED);
        }
        byte[] b = new byte[REPORT_BYTES];
        while (true) {
            long n = Sys.sysStatus(system.lo(), system.hi(), b);
            if (n < 0) {
                throw new SysError(n == Sys.E_RIGHTS || n == Sys.E_BADHANDLE ? SysError.DENIED : Sys.errorName(n));
            }
            if (n <= b.length) {
                return Text.latin1(b, 0, (int) n);
            }
            b = new byte[(int) n + REPORT_BYTES];   // the report grew: ask again with room for it
        }
    }

    @Override
    public List<TaskInfo> tasks() throws SysError {
        Task.Info self = Task.info();
        return parseTasks(report(), self.id(), self.frames() + self.tableFrames());
    }

    /**
     * The "task ID STATE CAPS REGIONS NAME" lines of a report, by id, with the frames of its
     * "task_frames ID FRAMES TABLE_FRAMES" lines (user pages plus page-table frames); a task
     * without one (an older kernel) has UNKNOWN frames, except selfId, whose are selfFrames.
     */
    static List<TaskInfo> parseTasks(String report, long selfId, long selfFrames) {
        List<String[]> rows = new ArrayList<>();
        Map<Long, Long> frames = new HashMap<>();
        for (String line : report.split("\n")) {
            String[] w = line.split(" ", 6);
            if (w.length == 6 && w[0].equals("task")) {
                rows.add(w);
            } else if (w.length == 4 && w[0].equals("task_frames")) {
                frames.put(Long.parseLong(w[1]), Long.parseLong(w[2]) + Long.parseLong(w[3]));
            }
        }
        List<TaskInfo> l = new ArrayList<>();
        for (String[] w : rows) {
            long id = Long.parseLong(w[1]);
            long f = frames.getOrDefault(id, id == selfId ? selfFrames : UNKNOWN);
            l.add(new TaskInfo(id, w[5], w[2], f, Long.parseLong(w[3]), Long.parseLong(w[4])));
        }
        Collections.sort(l, (a, b) -> Long.compare(a.id(), b.id()));
        return l;
    }

    @Override
    public long selfId() {
        return Task.info().id();
    }

    @Override
    public void kill(long id) throws SysError {
        Handle h = taskHandles.get(id);
        if (h == null) {
            for (TaskInfo t : tasks()) {
                if (t.id() == id) {
                    throw new SysError(SysError.NOT_PERMITTED);   // alive, but we hold no handle to it
                }
            }
            throw new SysError(SysError.NO_PROCESS);
        }
        long r = Sys.taskKill(h.lo(), h.hi());
        if (r < 0) {
            throw new SysError(r == Sys.E_RIGHTS ? SysError.NOT_PERMITTED : SysError.NO_PROCESS);
        }
    }

    @Override
    public Memory memory() throws SysError {
        return parseMemory(report());
    }

    /** The memory counters of a report; regions summed over its task lines. */
    static Memory parseMemory(String report) {
        long free = UNKNOWN;
        long total = UNKNOWN;
        long live = UNKNOWN;
        long size = UNKNOWN;
        long regions = 0;
        for (String line : report.split("\n")) {
            String[] w = line.split(" ");
            if (w.length < 2) {
                continue;
            }
            switch (w[0]) {
                case "frames_free" -> free = Long.parseLong(w[1]);
                case "frames_total" -> total = Long.parseLong(w[1]);
                case "heap_live" -> live = Long.parseLong(w[1]);
                case "heap_size" -> size = Long.parseLong(w[1]);
                case "task" -> regions += w.length >= 5 ? Long.parseLong(w[4]) : 0;
                default -> {
                }
            }
        }
        return new Memory(free, total, FRAME, regions, live, size);
    }

    @Override
    public List<Capability> capabilities() {
        List<Capability> l = new ArrayList<>();
        for (int i = 0; i < Caps.count(); i++) {
            Handle h = Caps.slot(i);
            long[] info = new long[4];
            if (h.isNone() || Sys.capInfo(h.lo(), h.hi(), info) < 0) {
                continue;   // an empty slot, or a handle closed since the start
            }
            int kind = (int) info[0];
            l.add(new Capability(i, hex(h.hi()) + hex(h.lo()), kind, kind > 0 && kind < KINDS.length ? KINDS[kind] : "?",
                    info[1]));
        }
        return l;
    }

    /** v as 16 hex digits. */
    static String hex(long v) {
        String s = Long.toHexString(v);
        return "0000000000000000".substring(s.length()) + s;
    }

    @Override
    public long nanoTime() {
        return Sys.clock();
    }

    @Override
    public long wallMillis() {
        return UNKNOWN;
    }

    @Override
    public void sleep(long millis) throws SysError {
        try {
            for (long left = millis; left > 0; left -= Math.min(left, LONGEST_WAIT_MS)) {
                Time.sleepMillis(Math.min(left, LONGEST_WAIT_MS));   // in steps whose nanoseconds fit a long
            }
        } catch (SysException e) {
            throw new SysError(Sys.errorName(e.code()));
        }
    }
}

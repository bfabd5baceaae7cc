package os2.kernel.task;

import os2.kernel.arch.x86_64.Exceptions;
import os2.kernel.arch.x86_64.TrapFrame;
import os2.kernel.console.Console;
import os2.kernel.mem.PageFaults;
import os2.kernel.mem.Region;
import os2.rt.Cpu;

/**
 * A CPU exception in user mode ends the task that caused it, and only that task: a report
 * (task, vector, rip, address, the page-fault verdict naming the region, and for a Java
 * program the Java stack trace read from the task's own shadow frames), then its exit
 * with status 128 + vector. Other tasks and the kernel go on.
 */
public final class UserFaults {
    static final int MAX_FRAMES = 64;
    static final int MAX_NAME = 256;

    private UserFaults() {
    }

    /**
     * The running task's exception: a page its region's pager must supply blocks it
     * until the page comes; anything else ends it.
     */
    public static void handle(long frame, int vector) {
        Task t = Tasks.running();
        if (vector == Exceptions.PF && PageFaults.lastOutcome() == PageFaults.DELEGATED) {
            Region r = PageFaults.lastRegion();
            Pager.fault(t, r, PageFaults.lastAddress() & -os2.kernel.mem.PageTable.PAGE_4K, frame);
            return;
        }
        kill(frame, vector);
    }

    /** Reports the exception in frame and ends the running task. */
    static void kill(long frame, int vector) {
        Task t = Tasks.running();
        long rip = TrapFrame.get(frame, TrapFrame.RIP);
        long err = TrapFrame.get(frame, TrapFrame.ERROR);
        long cr2 = Cpu.readCr2();
        StringBuilder b = new StringBuilder();
        b.append(t).append(" killed: ").append(Exceptions.describe(vector, err, rip, cr2)).append('\n');
        if (vector == Exceptions.PF) {
            b.append("  ").append(PageFaults.describe()).append('\n');
        }
        b.append("  rsp=0x").append(Long.toHexString(TrapFrame.get(frame, TrapFrame.RSP))).append('\n');
        javaTrace(t, b);
        Console.print(b.toString());
        Tasks.exit(t, Tasks.STATUS_FAULT_BASE + vector);
    }

    /**
     * The task's Java frames, innermost first, if its runtime registered them (FRAMES):
     * struct JFrame { JFrame *up; JMethodInfo *m; jint line; } and struct JMethodInfo
     * { char *cls, *name, *file; } (runtime os2rt.h), every read checked like a system
     * call's, bounded in depth and length: a corrupt chain ends the trace, nothing more.
     */
    static void javaTrace(Task t, StringBuilder b) {
        if (t.framesAddress == 0) {
            return;
        }
        long f = word(t, t.framesAddress);
        for (int depth = 0; f > 0 && depth < MAX_FRAMES; depth++) {
            long m = word(t, f + 8);
            byte[] line = UserMemory.read(t, f + 16, 4);
            if (m <= 0 || line == null) {
                break;
            }
            String cls = string(t, word(t, m));
            String name = string(t, word(t, m + 8));
            long filePtr = word(t, m + 16);
            String file = filePtr > 0 ? string(t, filePtr) : null;
            int ln = (line[0] & 0xFF) | (line[1] & 0xFF) << 8 | (line[2] & 0xFF) << 16 | (line[3] & 0xFF) << 24;
            b.append("\tat ").append(cls).append('.').append(name).append('(')
                    .append(file == null ? "Unknown Source" : ln > 0 ? file + ":" + ln : file).append(")\n");
            f = word(t, f);
        }
    }

    /** A word of the task's memory, or -1 if unreadable. */
    private static long word(Task t, long addr) {
        byte[] b = UserMemory.read(t, addr, 8);
        return b == null ? -1 : UserMemory.word(b, 0);
    }

    /** A NUL-terminated string of the task's, at most MAX_NAME bytes, "?" if unreadable. */
    private static String string(Task t, long addr) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < MAX_NAME; i++) {
            byte[] c = UserMemory.read(t, addr + i, 1);
            if (c == null) {
                return s.length() == 0 ? "?" : s.toString();
            }
            if (c[0] == 0) {
                break;
            }
            s.append((char) (c[0] & 0xFF));
        }
        return s.toString();
    }
}

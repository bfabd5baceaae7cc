package os2.kernel.task;

import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.dev.InputRing;
import os2.kernel.sched.Result;
import os2.kernel.sched.Successor;

/**
 * READ on standard input: console characters (PS/2 keyboard or COM1) as typed, without
 * echo or line editing (programs do their own, as a shell's line editor will). A read
 * returns what is waiting, at least one byte, up to len or a newline; with nothing
 * waiting the task blocks on an InputReady event. Ctrl-D (0x04) at the start of a read
 * is end of input (0). A carriage return (what a serial terminal sends for Enter) is
 * delivered as a newline.
 */
final class ConsoleRead {
    static final int EOF_CHAR = 0x04;

    private ConsoleRead() {
    }

    static long read(Task t, long buf, long len) {
        if (len <= 0 || !UserMemory.valid(t, buf, len, true)) {
            return len == 0 ? 0 : len < 0 ? Syscalls.E_INVAL : Syscalls.E_FAULT;
        }
        if (!InputRing.isEmpty()) {
            return take(t, buf, len);
        }
        Tasks.block(t, new Successor.InputReady(() -> wake(t, buf, len)));
        return Syscalls.BLOCK;
    }

    /** Input is waiting: finish the read and resume the task (or wait again if it went). */
    private static Result wake(Task t, long buf, long len) {
        if (t.exited()) {
            return Result.done();
        }
        if (InputRing.isEmpty()) {
            Successor again = new Successor.InputReady(() -> wake(t, buf, len));
            t.blockedOn = again;
            return Result.all(again);
        }
        UserMode.setResult(t.saveArea, take(t, buf, len));
        return Tasks.resume(t);
    }

    /** Moves waiting characters to the task's buffer; the count, 0 at end of input, or an error. */
    private static long take(Task t, long buf, long len) {
        int max = (int) Math.min(len, 4096);
        byte[] b = new byte[max];
        int n = 0;
        while (n < max && !InputRing.isEmpty()) {
            int c = InputRing.take();
            if (c == EOF_CHAR) {
                if (n == 0) {
                    return 0;
                }
                break;   // ends this read; the next one starts after it (so it is seen as data end)
            }
            b[n++] = (byte) (c == '\r' ? '\n' : c);
            if (c == '\r' || c == '\n') {
                break;
            }
        }
        return UserMemory.write(t, buf, b, n) ? n : Syscalls.E_FAULT;
    }
}

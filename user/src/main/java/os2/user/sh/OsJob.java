package os2.user.sh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import os2.user.Caps;
import os2.user.Console;
import os2.user.Endpoint;
import os2.user.Handle;
import os2.user.Sys;
import os2.user.Task;

/**
 * A started pipeline's tasks. Waiting on a foreground job also serves the console: typed
 * bytes go to the job's standard input a line at a time (echoed, Backspace edits the line:
 * a cooked terminal), Ctrl-D ends that input, Ctrl-C kills every task (status 130).
 */
final class OsJob implements Host.Job {
    private static final byte CTRL_D = 0x04;
    private static final byte BACKSPACE = 0x7F;
    private static final byte BS = 0x08;

    private final List<Task> tasks;
    private final List<String> names;
    private final int[] status;
    private final boolean[] ended;
    private Endpoint feed;
    private final boolean background;
    private final int builtinStatus;
    private boolean interrupted;
    private int result = -1;
    private final StringBuilder line = new StringBuilder();
    /** The tasks' ids; running maps the ids of tasks still alive to their handles (the shell's kill uses it). */
    private final List<Long> ids = new ArrayList<>();
    private final Map<Long, Handle> running;

    OsJob(List<Task> tasks, List<String> names, Endpoint feed, boolean background, int builtinStatus,
          Map<Long, Handle> running) {
        this.running = running;
        for (Task t : tasks) {
            long id = t.id();
            ids.add(id);
            running.put(id, t.handle());
        }
        this.tasks = tasks;
        this.names = names;
        this.feed = feed;
        this.background = background;
        this.builtinStatus = builtinStatus;
        this.status = new int[tasks.size()];
        this.ended = new boolean[tasks.size()];
    }

    @Override
    public int await() {
        while (result < 0) {
            step(true);
        }
        return result;
    }

    @Override
    public List<Long> ids() {
        return ids;
    }

    @Override
    public int poll() {
        if (result < 0) {
            step(false);
        }
        return result;
    }

    /** One WAIT on the tasks still running (and the console for a foreground job); blocking or not. */
    private void step(boolean block) {
        int alive = 0;
        for (boolean e : ended) {
            alive += e ? 0 : 1;
        }
        if (alive == 0) {
            finish();
            return;
        }
        long[] ev = new long[Sys.EVENT_LONGS * (alive + 1)];
        int[] index = new int[alive];
        int k = 0;
        for (int i = 0; i < tasks.size(); i++) {
            if (!ended[i]) {
                Handle h = tasks.get(i).handle();
                index[k] = i;
                set(ev, k++, Sys.EV_TASK_EXIT, h.lo(), h.hi());
            }
        }
        Handle console = Caps.stdin();
        boolean input = !background && block && !console.isNone();
        if (input) {
            set(ev, k++, Sys.EV_INPUT, console.lo(), console.hi());
        } else if (!block) {
            set(ev, k++, Sys.EV_TIMER, 0, 0);   // already past: answers at once if nothing else has
        }
        int fired = (int) Sys.check(Sys.waitEvents(ev, k), "WAIT");
        if (fired < alive) {
            int i = index[fired];
            ended[i] = true;
            status[i] = (int) ev[Sys.EVENT_LONGS * fired + 3];
            running.remove(ids.get(i));
            tasks.get(i).close();
            report(i);
            return;
        }
        if (input) {
            console(console);
        }
    }

    private static void set(long[] ev, int k, long kind, long lo, long hi) {
        ev[Sys.EVENT_LONGS * k] = kind;
        ev[Sys.EVENT_LONGS * k + 1] = lo;
        ev[Sys.EVENT_LONGS * k + 2] = hi;
        ev[Sys.EVENT_LONGS * k + 3] = 0;
    }

    /** A task that died of a CPU fault is reported (the kernel logged the details). */
    private void report(int i) {
        int s = status[i];
        if (s >= OsHost.FAULT_BASE && s < OsHost.FAULT_BASE + OsHost.FAULT_VECTORS && !interrupted) {
            Console.write(Caps.stderr(), OsHost.utf8("sh: " + names.get(i) + ": terminated by CPU exception "
                    + (s - OsHost.FAULT_BASE) + " (status " + s + ")\n"));
        }
    }

    /** Console input while the job runs. */
    private void console(Handle console) {
        byte[] b = new byte[256];
        long n = Sys.read(console.lo(), console.hi(), b, 0, b.length);
        if (n == 0) {
            endInput();   // Ctrl-D
            return;
        }
        for (int i = 0; i < n; i++) {
            byte c = b[i];
            if (c == OsHost.CTRL_C) {
                Console.write(Caps.stdout(), OsHost.utf8("^C\n"));
                interrupt();
                return;
            }
            if (c == CTRL_D) {
                endInput();
            } else if (c == BACKSPACE || c == BS) {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                    Console.write(Caps.stdout(), new byte[] {BS, ' ', BS});
                }
            } else if (c == '\n' || c == '\r') {
                Console.write(Caps.stdout(), new byte[] {'\r', '\n'});
                line.append('\n');
                sendLine();
            } else {
                Console.write(Caps.stdout(), new byte[] {c});
                line.append((char) (c & 0xFF));
            }
        }
    }

    private void sendLine() {
        if (feed != null) {
            byte[] bytes = new byte[line.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) line.charAt(i);
            }
            feed.trySend(bytes);   // a job that does not read its input loses what does not fit
        }
        line.setLength(0);
    }

    private void endInput() {
        if (line.length() > 0) {
            sendLine();
        }
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /** Ctrl-C: kill every task still running. */
    void interrupt() {
        interrupted = true;
        for (int i = 0; i < tasks.size(); i++) {
            if (!ended[i]) {
                try {
                    tasks.get(i).kill();
                } catch (RuntimeException e) {
                    // ended meanwhile
                }
            }
        }
    }

    private void finish() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
        if (interrupted) {
            result = OsHost.STATUS_INTERRUPTED;
        } else if (builtinStatus >= 0 || tasks.isEmpty()) {
            result = Math.max(builtinStatus, 0);
        } else {
            result = status[status.length - 1];
        }
    }
}

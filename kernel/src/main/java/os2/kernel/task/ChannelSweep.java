package os2.kernel.task;

import java.util.ArrayList;
import os2.kernel.cap.CapTable;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.ipc.Endpoint;

/**
 * Closes the channel endpoints no task can ever receive from again, with what is queued
 * at them. An endpoint moved into its own queue (or two moved into each other's) is held
 * by nothing but that queue: without this, the capabilities queued there, the frames of
 * the regions among them and the connections of the sockets stayed taken for ever, and
 * any task could drain the machine that way (found by {@code ./os2 fuzz ipc};
 * docs/RELIABILITY.md, bug 1).
 *
 * <p>Mark and sweep, as Unix collects file descriptors in flight: every capability in a
 * task's table is a root; an endpoint a root (or a queued capability of a marked endpoint,
 * or a member of such a group) names is marked, and what is queued at it is followed. An
 * unmarked endpoint that still holds capabilities in its queue is closed: its queue is
 * dropped and the capabilities in it closed, as when its last holder closes it. (The
 * kernel itself sends at a pager's endpoint, never receives from one, so a pager
 * reference is no root.)
 *
 * <p>Work that may strand an endpoint (a channel or group capability closed or dropped,
 * one moved by SEND) only asks for a sweep; it runs once at the end of the system call
 * (or task exit) that asked, so closing many endpoints costs one sweep, not one each.
 */
final class ChannelSweep {
    private static boolean requested;
    private static boolean running;
    private static int epoch;
    private static long closed;

    private ChannelSweep() {
    }

    /** Something may have made an endpoint unreachable: sweep at the next safe point. */
    static void request() {
        requested = true;
    }

    /** The safe points (end of a system call, of a task's exit): sweeps if asked to. */
    static void runIfRequested() {
        if (!requested || running) {
            return;
        }
        running = true;
        try {
            while (requested) {   // closing garbage may ask again (an endpoint in a dropped queue)
                requested = false;
                sweep();
            }
        } finally {
            running = false;
        }
    }

    /** Endpoints closed because nothing could receive from them any more. */
    static long closedCount() {
        return closed;
    }

    private static void sweep() {
        if (Endpoint.queuedWithCaps() == 0) {
            return;   // nothing in flight at all: the common case, found without a walk
        }
        boolean any = false;
        for (Endpoint e = Endpoint.firstOpen(); e != null && !any; e = e.nextOpen()) {
            any = e.holdsCaps();
        }
        if (!any) {
            return;   // nothing in flight can be stranded
        }
        epoch++;
        ArrayList<Endpoint> work = new ArrayList<>();
        ArrayList<Task> tasks = Tasks.liveTasks();
        for (int i = 0; i < tasks.size(); i++) {
            CapTable table = tasks.get(i).caps;
            for (int s = 0; s < table.capacity(); s++) {
                visit(table.slot(s), work);
            }
        }
        ArrayList<Capability> queued = new ArrayList<>();
        while (!work.isEmpty()) {
            Endpoint e = work.remove(work.size() - 1);
            queued.clear();
            e.queuedCaps(queued);
            for (int i = 0; i < queued.size(); i++) {
                visit(queued.get(i), work);
            }
        }
        ArrayList<Endpoint> garbage = new ArrayList<>();
        for (Endpoint e = Endpoint.firstOpen(); e != null; e = e.nextOpen()) {
            if (e.mark != epoch && e.holdsCaps()) {
                garbage.add(e);
            }
        }
        for (int i = 0; i < garbage.size(); i++) {
            garbage.get(i).close();
            closed++;
        }
    }

    private static void visit(Capability c, ArrayList<Endpoint> work) {
        if (c == null || c.isDead()) {
            return;
        }
        if (c.kind == Kind.CHANNEL) {
            Endpoint e = (Endpoint) c.object;
            if (e.mark != epoch) {
                e.mark = epoch;
                work.add(e);
            }
        } else if (c.kind == Kind.GROUP) {
            Capability[] members = (Capability[]) c.object;   // groups do not nest
            for (int i = 0; i < members.length; i++) {
                visit(members[i], work);
            }
        }
    }
}

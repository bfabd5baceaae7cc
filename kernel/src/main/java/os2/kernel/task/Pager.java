package os2.kernel.task;

import java.util.ArrayList;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.ipc.Endpoint;
import os2.kernel.ipc.Message;
import os2.kernel.mem.PageTable;
import os2.kernel.mem.Region;

/**
 * Regions backed by a user task (the original OS2's map_region with demand paging,
 * generalised): a fault on a page not yet present blocks the faulting task and sends
 * the pager a message {region base, offset, task id}; PAGE_SUPPLY moves a frame of the
 * pager's own memory into the region (zero-copy) and wakes every task waiting on it.
 */
final class Pager {
    static final int FAULT_MESSAGE_BYTES = 24;

    /** A task waiting for a page. */
    private static final class Waiter {
        final Task task;
        final Region region;
        final long page;
        final Endpoint pager;

        Waiter(Task task, Region region, long page, Endpoint pager) {
            this.task = task;
            this.region = region;
            this.page = page;
            this.pager = pager;
        }
    }

    private static final ArrayList<Waiter> waiting = new ArrayList<>();
    private static long delegated;

    private Pager() {
    }

    /** PAGER_SET: region (its original) gets its pages from whoever receives on endpoint's peer. */
    static long set(Task t, long lo, long hi, long lo2, long hi2) {
        Capability r = Handles.get(t, lo, hi, Kind.REGION);
        Capability e = Handles.get(t, lo2, hi2, Kind.CHANNEL);
        if (r == null || e == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!r.original) {
            return Syscalls.E_RIGHTS;
        }
        if (!e.has(Rights.WRITE)) {
            return Syscalls.E_RIGHTS;
        }
        ((Region) r.object).pager = e.object;
        return 0;
    }

    /** From the page-fault path: t touched a page of r its pager has not supplied. */
    static void fault(Task t, Region r, long page, long frame) {
        UserMode.saveFromTrap(frame, t.saveArea);
        Tasks.leave(t, Task.BLOCKED);
        Endpoint e = (Endpoint) r.pager;
        byte[] m = new byte[FAULT_MESSAGE_BYTES];
        put(m, 0, r.base());
        put(m, 8, page - r.base());
        put(m, 16, t.id);
        if (e.send(new Message(m, ChannelCalls.NO_CAPS)) != Endpoint.SENT) {
            os2.kernel.console.Log.warn("task", t + ": the pager of " + r + " cannot be told; the task ends");
            Tasks.exit(t, Tasks.STATUS_FAULT_BASE + os2.kernel.arch.x86_64.Exceptions.PF);
            return;
        }
        delegated++;
        waiting.add(new Waiter(t, r, page, e));
    }

    /** PAGE_SUPPLY: the frame at src (the caller's) becomes the region's page at offset. */
    static long supply(Task t, long lo, long hi, long offset, long src) {
        Capability c = Handles.get(t, lo, hi, Kind.REGION);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.WRITE)) {
            return Syscalls.E_RIGHTS;
        }
        Region r = (Region) c.object;
        if ((offset & (PageTable.PAGE_4K - 1)) != 0 || offset < 0 || offset >= r.size()
                || (src & (PageTable.PAGE_4K - 1)) != 0) {
            return Syscalls.E_INVAL;
        }
        Region from = t.regionAt(src);
        if (from == null || from == r || r.home == null) {
            return from == r ? Syscalls.E_INVAL : Syscalls.E_FAULT;
        }
        long page = r.base() + offset;
        if (r.home.translate(page) != PageTable.NOT_MAPPED) {
            return Syscalls.E_INVAL;   // already there
        }
        long phys = t.table.translate(src);
        if (phys == PageTable.NOT_MAPPED) {
            return Syscalls.E_FAULT;   // the pager must fill the page it supplies
        }
        if (r.home.map4k(page, phys, r.pageFlags()) != PageTable.OK) {
            return Syscalls.E_NOMEM;
        }
        t.table.unmap(src);
        wake(r, page);
        return 0;
    }

    /** Every task waiting on (r, page) runs again: it retries the access, which now succeeds. */
    private static void wake(Region r, long page) {
        for (int i = waiting.size() - 1; i >= 0; i--) {
            Waiter w = waiting.get(i);
            if (w.region == r && w.page == page) {
                waiting.remove(i);
                if (!w.task.exited()) {
                    Tasks.scheduler().start(w.task.resumer);
                }
            }
        }
    }

    /** r was destroyed: its waiters run again and fault for good. */
    static void forget(Region r) {
        for (int i = waiting.size() - 1; i >= 0; i--) {
            Waiter w = waiting.get(i);
            if (w.region == r) {
                waiting.remove(i);
                if (!w.task.exited()) {
                    Tasks.scheduler().start(w.task.resumer);
                }
            }
        }
    }

    /** A task ended: it waits no more; tasks whose pager's endpoint is now closed end too. */
    static void taskGone(Task t) {
        for (int i = waiting.size() - 1; i >= 0; i--) {
            if (i >= waiting.size()) {
                continue;   // an exit below removed several
            }
            Waiter w = waiting.get(i);
            if (w.task == t) {
                waiting.remove(i);
            } else if (w.pager.isClosed() || w.pager.peerGone()) {
                waiting.remove(i);
                Tasks.exit(w.task, Tasks.STATUS_FAULT_BASE + os2.kernel.arch.x86_64.Exceptions.PF);
            }
        }
    }

    /** Faults handed to pagers so far. */
    static long delegatedCount() {
        return delegated;
    }

    private static void put(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }
}

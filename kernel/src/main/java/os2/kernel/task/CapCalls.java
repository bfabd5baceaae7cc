package os2.kernel.task;

import os2.kernel.boot.BootModule;
import os2.kernel.cap.CapGroup;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.mem.Region;

/**
 * The calls on capabilities themselves: CAP_INFO, CLOSE, CAP_DERIVE, CAP_REVOKE,
 * GROUP_CREATE, GROUP_OPEN and TASK_KILL.
 */
final class CapCalls {
    static final int GROUP_MAX = 64;

    private CapCalls() {
    }

    /** CAP_INFO: kind, rights, base, size (a task: its id in base, so a holder can match it with reports). */
    static long info(Task t, long lo, long hi, long buf, long len) {
        Capability c = Handles.get(t, lo, hi, 0);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        long base = 0;
        long size = 0;
        if (c.kind == Kind.REGION) {
            base = ((Region) c.object).base();
            size = ((Region) c.object).size();
        } else if (c.kind == Kind.MODULE) {
            size = ((BootModule) c.object).size();
        } else if (c.kind == Kind.TASK) {
            base = ((Task) c.object).id;
        }
        return Syscalls.putLongs(t, buf, len, c.kind, c.rights, base, size);
    }

    static long close(Task t, long lo, long hi) {
        Capability c = Handles.get(t, lo, hi, 0);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        c.close();
        return 0;
    }

    /** CAP_DERIVE: a copy with rights & rights(h), written at out. */
    static long derive(Task t, long lo, long hi, long rights, long out) {
        Capability c = Handles.get(t, lo, hi, 0);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.DUPLICATE)) {
            return Syscalls.E_RIGHTS;
        }
        if ((rights & ~Rights.ALL) != 0) {
            return Syscalls.E_INVAL;
        }
        if (!UserMemory.valid(t, out, Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        Capability d = c.derive((int) rights);
        if (!Handles.install(t, d)) {
            return Syscalls.closeWith(d, Syscalls.E_NOMEM);
        }
        return Handles.write(t, out, d) ? 0 : Syscalls.closeWith(d, Syscalls.E_FAULT);
    }

    /** CAP_REVOKE: every capability derived from h dies; the count. */
    static long revoke(Task t, long lo, long hi) {
        Capability c = Handles.get(t, lo, hi, 0);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.REVOKE)) {
            return Syscalls.E_RIGHTS;
        }
        return c.revoke();
    }

    /** GROUP_CREATE: count handles move into one new group (groups do not nest). */
    static long groupCreate(Task t, long handles, long count, long out) {
        if (count < 1 || count > GROUP_MAX) {
            return count > GROUP_MAX ? Syscalls.E_TOOBIG : Syscalls.E_INVAL;
        }
        byte[] h = UserMemory.read(t, handles, (int) count * Handles.HANDLE_BYTES);
        if (h == null || !UserMemory.valid(t, out, Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        Capability[] members = new Capability[(int) count];
        for (int i = 0; i < count; i++) {
            members[i] = t.caps.get(UserMemory.word(h, 16 * i), UserMemory.word(h, 16 * i + 8));
            if (members[i] == null) {
                return Syscalls.E_BADHANDLE;
            }
        }
        int ok = CapGroup.check(members);
        if (ok != CapGroup.OK) {
            return ok == CapGroup.NOT_TRANSFERABLE ? Syscalls.E_RIGHTS : Syscalls.E_INVAL;
        }
        for (int i = 0; i < members.length; i++) {
            Handles.detach(t, members[i]);
        }
        Capability g = CapGroup.pack(members);
        if (!t.caps.insert(g)) {
            for (int i = 0; i < members.length; i++) {   // back to the caller (new handles)
                if (!Handles.install(t, members[i])) {
                    members[i].close();
                }
            }
            return Syscalls.E_NOMEM;
        }
        Handles.write(t, out, g);   // out was checked above and is writable
        return 0;
    }

    /** GROUP_OPEN: the members enter the caller's table in order; the group is used up. */
    static long groupOpen(Task t, long lo, long hi, long out, long max) {
        Capability g = Handles.get(t, lo, hi, Kind.GROUP);
        if (g == null) {
            return Syscalls.E_BADHANDLE;
        }
        Capability[] live = CapGroup.live(g);
        if (max < live.length) {
            return max < 0 ? Syscalls.E_INVAL : Syscalls.E_TOOBIG;
        }
        if (!UserMemory.valid(t, out, (long) live.length * Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        int n = 0;
        for (Capability k : live) {
            if (!Handles.install(t, k)) {
                return n == 0 ? Syscalls.E_NOMEM : n;   // the rest stay in the group
            }
            CapGroup.release(g, k);
            Handles.write(t, out + (long) n * Handles.HANDLE_BYTES, k);
            n++;
        }
        g.close();
        return n;
    }

    /** TASK_KILL: the task ends with status 255. */
    static long kill(Task t, long lo, long hi) {
        Capability c = Handles.get(t, lo, hi, Kind.TASK);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.KILL)) {
            return Syscalls.E_RIGHTS;
        }
        Task k = (Task) c.object;
        Tasks.exit(k, Tasks.STATUS_KILLED);
        return k == t ? Syscalls.BLOCK : 0;
    }
}

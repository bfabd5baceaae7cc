package os2.kernel.task;

import os2.kernel.boot.BootModule;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.console.Log;
import os2.kernel.mem.Region;

/**
 * SPAWN: a new task from a boot module (a module capability with the exec right) or
 * from an ELF image in the caller's memory (a memory capability with the alloc right),
 * holding exactly the capabilities granted: no ambient authority.
 *
 * <p>{@code struct os2_spawn { image, image_len, args, args_len, grants, grant_count, out }}
 * and {@code struct os2_grant { lo, hi, rights, flags }} (docs/SYSCALLS.md).
 */
final class SpawnCall {
    static final int REQUEST_BYTES = 56;
    static final int GRANT_BYTES = 32;
    static final int GRANTS_MAX = 16;
    static final int G_MOVE = 1;
    /** Rights of the task capability the spawner gets. */
    static final int TASK_RIGHTS = Rights.WAIT | Rights.KILL | Rights.TRANSFER | Rights.DUPLICATE;

    private SpawnCall() {
    }

    static long spawn(Task t, long lo, long hi, long req) {
        Capability from = Handles.get(t, lo, hi, 0);
        if (from == null || (from.kind != Kind.MODULE && from.kind != Kind.MEMORY)) {
            return Syscalls.E_BADHANDLE;
        }
        if (!from.has(from.kind == Kind.MODULE ? Rights.EXEC : Rights.ALLOC)) {
            return Syscalls.E_RIGHTS;
        }
        byte[] q = UserMemory.read(t, req, REQUEST_BYTES);
        if (q == null) {
            return Syscalls.E_FAULT;
        }
        long image = UserMemory.word(q, 0);
        long imageLen = UserMemory.word(q, 8);
        long args = UserMemory.word(q, 16);
        long argsLen = UserMemory.word(q, 24);
        long grants = UserMemory.word(q, 32);
        long grantCount = UserMemory.word(q, 40);
        long out = UserMemory.word(q, 48);
        if (argsLen < 0 || argsLen > Syscalls.ARGS_MAX || grantCount < 0 || grantCount > GRANTS_MAX) {
            return argsLen > Syscalls.ARGS_MAX || grantCount > GRANTS_MAX ? Syscalls.E_TOOBIG : Syscalls.E_INVAL;
        }
        byte[] a = UserMemory.read(t, args, (int) argsLen);
        byte[] g = UserMemory.read(t, grants, (int) grantCount * GRANT_BYTES);
        if (a == null || g == null || !UserMemory.valid(t, out, Handles.HANDLE_BYTES, true)) {
            return Syscalls.E_FAULT;
        }
        Capability[] start = new Capability[(int) grantCount];
        boolean[] move = new boolean[start.length];
        long check = grantsOf(t, g, start, move);
        if (check != 0) {
            return check;
        }
        ElfSource file;
        String name;
        if (from.kind == Kind.MODULE) {
            BootModule m = (BootModule) from.object;
            file = new PhysElfBytes(m.start(), m.size());
            name = Tasks.moduleName(m);
        } else {
            if (imageLen <= 0) {
                return imageLen == 0 ? Syscalls.E_NOEXEC : Syscalls.E_INVAL;
            }
            Region r = UserMemory.check(t, image, imageLen, false);
            if (r == null) {
                return Syscalls.E_FAULT;
            }
            file = new UserElfBytes(t, r, image, imageLen);
            name = "image";
        }
        String[] argv = Syscalls.splitArgs(a);
        if (from.kind != Kind.MODULE && argv.length > 0 && !argv[0].isEmpty()) {
            name = argv[0].substring(argv[0].lastIndexOf('/') + 1);   // an image has no name of its own: ps shows argv[0]
        }
        Task child;
        try {
            child = Tasks.spawn(name, file, argv, t, start, move);
        } catch (SpawnError e) {
            Log.debug("task", t + ": spawn of " + name + ": " + e.getMessage());
            return e.code();
        }
        Capability tc = Capability.create(child, Kind.TASK, TASK_RIGHTS);
        if (!t.caps.insert(tc)) {
            return Syscalls.E_NOMEM;   // the child runs on; the caller just cannot name it
        }
        Handles.write(t, out, tc);   // out was checked above
        return 0;
    }

    /**
     * Resolves the grants: start[i] is the capability itself (moved) or a new copy with
     * the granted rights (not yet in any table). 0, or an error with nothing changed.
     */
    private static long grantsOf(Task t, byte[] g, Capability[] start, boolean[] move) {
        for (int i = 0; i < start.length; i++) {
            long lo = UserMemory.word(g, GRANT_BYTES * i);
            long hi = UserMemory.word(g, GRANT_BYTES * i + 8);
            long rights = UserMemory.word(g, GRANT_BYTES * i + 16);
            long flags = UserMemory.word(g, GRANT_BYTES * i + 24);
            if ((lo | hi) == 0) {
                continue;   // an empty slot
            }
            Capability k = t.caps.get(lo, hi);
            long e = k == null ? Syscalls.E_BADHANDLE
                    : (flags & ~G_MOVE) != 0 || (rights & ~Rights.ALL) != 0 ? Syscalls.E_INVAL
                    : !k.has((flags & G_MOVE) != 0 ? Rights.TRANSFER : Rights.DUPLICATE) ? Syscalls.E_RIGHTS : 0;
            for (int j = 0; e == 0 && j < i; j++) {
                if (move[j] && start[j] == k || (flags & G_MOVE) != 0 && start[j] != null
                        && start[j].parent() == k && !move[j]) {
                    e = Syscalls.E_INVAL;   // moved twice, or moved and copied
                }
            }
            if (e != 0) {
                for (int j = 0; j < i; j++) {
                    if (start[j] != null && !move[j]) {
                        start[j].close();
                    }
                }
                return e;
            }
            move[i] = (flags & G_MOVE) != 0;
            start[i] = move[i] ? k : k.derive((int) rights);
        }
        return 0;
    }
}

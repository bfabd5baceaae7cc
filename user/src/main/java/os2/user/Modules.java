package os2.user;

/** The boot modules, through the task's modules capability (start slot 4). */
public final class Modules {
    private Modules() {
    }

    /** The module called name (its file name): a handle with R_READ and R_EXEC. */
    public static Handle open(String name) {
        Handle modules = Caps.require(Caps.MODULES, "boot modules");
        long[] out = new long[2];
        Sys.check(Sys.moduleOpen(modules.lo(), modules.hi(), Args.utf8(name), out), "MODULE_OPEN " + name);
        return Handle.at(out, 0);
    }

    /** The whole module called name (e.g. to start it with {@link Spawn#image}). */
    public static byte[] read(String name) {
        Handle m = open(name);
        try {
            long size = Sys.check(Sys.moduleRead(m.lo(), m.hi(), 0, new byte[0], 0, 0), "MODULE_READ " + name);
            if (size > Integer.MAX_VALUE - 16) {
                throw new SysException("MODULE_READ " + name, Sys.E_TOOBIG);
            }
            byte[] b = new byte[(int) size];
            int done = 0;
            while (done < b.length) {
                long n = Sys.check(Sys.moduleRead(m.lo(), m.hi(), done, b, done, b.length - done), "MODULE_READ " + name);
                if (n == 0) {
                    throw new IllegalStateException("module " + name + " ended at " + done + " of " + size + " bytes");
                }
                done += (int) n;
            }
            return b;
        } finally {
            Cap.close(m);
        }
    }
}

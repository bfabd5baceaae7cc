package os2.user.prog;

import java.util.List;

/**
 * rm [-r] [-f] FILE... removes files (-r: directories and what is in them; -f: no complaint
 * about missing files, no error without operands), refusing "." and ".." as GNU does.
 * mkdir [-p] DIR... makes directories (-p: with their missing parents, no error if they
 * exist). Errors name the operand in GNU's words; the other operands are still done
 * (status 1).
 */
public final class RmMkdir {
    private RmMkdir() {
    }

    static final String RM_USAGE = "usage: rm [-rf] FILE...\n"
            + "Removes each FILE.\n"
            + "  -r, -R  remove directories and their contents   -f  ignore missing files\n";
    static final String MKDIR_USAGE = "usage: mkdir [-p] DIRECTORY...\n"
            + "Makes each DIRECTORY.\n"
            + "  -p  make parent directories as needed; no error if one exists\n";

    /** Runs rm. */
    public static int rm(String[] args, Io io) {
        Opts o = new Opts(args, "rRf", "");
        int st = o.finish("rm", RM_USAGE, io);
        if (st >= 0) {
            return st;
        }
        boolean force = o.has('f');
        if (o.operands().isEmpty()) {
            if (force) {
                return 0;
            }
            Opts.usageError("rm", "missing operand", io);
            return 1;
        }
        boolean recursive = o.has('r') || o.has('R');
        int status = 0;
        for (String p : o.operands()) {
            if (FsPath.isDots(p)) {
                io.error("rm", "refusing to remove '.' or '..' directory: skipping " + FsPath.q(p));
                status = 1;
            } else if (recursive && FsPath.normal(p).equals("/")) {
                io.error("rm", "it is dangerous to operate recursively on '/'");
                status = 1;
            } else if (!remove(p, recursive, force, io)) {
                status = 1;
            }
        }
        return status;
    }

    private static boolean remove(String p, boolean recursive, boolean force, Io io) {
        Stat s;
        try {
            s = io.files().stat(p);
        } catch (SysError e) {
            if (force && e.getMessage().equals(SysError.NO_ENTRY)) {
                return true;
            }
            io.error("rm", "cannot remove " + FsPath.q(p) + ": " + e.getMessage());
            return false;
        }
        if (s.isDirectory()) {
            if (!recursive) {
                io.error("rm", "cannot remove " + FsPath.q(p) + ": " + SysError.IS_DIR);
                return false;
            }
            List<String> names;
            try {
                names = io.files().list(p);
            } catch (SysError e) {
                io.error("rm", "cannot remove " + FsPath.q(p) + ": " + e.getMessage());
                return false;
            }
            boolean ok = true;
            for (String n : names) {
                ok &= remove(FsPath.join(p, n), true, force, io);
            }
            if (!ok) {
                return false;   // the directory is not empty: GNU does not try it either
            }
        }
        try {
            io.files().remove(p);
            return true;
        } catch (SysError e) {
            io.error("rm", "cannot remove " + FsPath.q(p) + ": " + e.getMessage());
            return false;
        }
    }

    /** Runs mkdir. */
    public static int mkdir(String[] args, Io io) {
        Opts o = new Opts(args, "p", "");
        int st = o.finish("mkdir", MKDIR_USAGE, io);
        if (st >= 0) {
            return st;
        }
        if (o.operands().isEmpty()) {
            Opts.usageError("mkdir", "missing operand", io);
            return 1;
        }
        int status = 0;
        for (String p : o.operands()) {
            try {
                if (o.has('p')) {
                    parents(p, io);
                } else {
                    try {
                        io.files().mkdir(p);
                    } catch (SysError e) {
                        throw new Failed(p, e.getMessage());
                    }
                }
            } catch (Failed e) {
                io.error("mkdir", "cannot create directory " + FsPath.q(e.path) + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    /** A failure of mkdir on a path (the operand, or with -p one of its parents). */
    private static final class Failed extends Exception {
        final String path;

        Failed(String path, String reason) {
            super(reason);
            this.path = path;
        }
    }

    /** mkdir -p: each prefix of p in turn, an existing directory being fine. */
    private static void parents(String p, Io io) throws Failed {
        String s = FsPath.stripSlashes(p);
        int from = s.startsWith("/") ? 1 : 0;
        while (from <= s.length()) {
            int slash = s.indexOf('/', from);
            int end = slash < 0 ? s.length() : slash;
            if (end > from && !s.substring(from, end).equals(".")) {
                String prefix = s.substring(0, end);
                try {
                    io.files().mkdir(prefix);
                } catch (SysError e) {
                    Stat st = CpMv.statOrNull(io, prefix);
                    if (st == null || !e.getMessage().equals(SysError.EXISTS)) {
                        throw new Failed(prefix, e.getMessage());
                    }
                    if (!st.isDirectory()) {
                        throw new Failed(prefix, end == s.length() ? SysError.EXISTS : SysError.NOT_DIR);
                    }
                }
            }
            from = end + 1;
        }
    }
}

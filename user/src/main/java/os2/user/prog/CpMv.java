package os2.user.prog;

import java.util.List;

/**
 * cp [-r] SOURCE DEST | cp [-r] SOURCE... DIRECTORY, and mv with the same operands: as GNU's,
 * a DEST that is a directory receives each SOURCE under its own name. cp copies bytes (new
 * files get the source's permission bits; -r copies directories and what is in them); mv
 * renames in one step. Errors name the operand in GNU's words; the other sources are still
 * done (status 1).
 */
public final class CpMv {
    private CpMv() {
    }

    static final String CP_USAGE = "usage: cp [-r] SOURCE DEST\n"
            + "       cp [-r] SOURCE... DIRECTORY\n"
            + "Copies SOURCE to DEST, or each SOURCE into DIRECTORY.\n"
            + "  -r, -R  copy directories and their contents\n";
    static final String MV_USAGE = "usage: mv SOURCE DEST\n"
            + "       mv SOURCE... DIRECTORY\n"
            + "Renames SOURCE to DEST, or moves each SOURCE into DIRECTORY.\n";
    private static final int BUFFER = 16384;

    /** Runs cp. */
    public static int cp(String[] args, Io io) {
        return run("cp", CP_USAGE, "rR", args, io);
    }

    /** Runs mv. */
    public static int mv(String[] args, Io io) {
        return run("mv", MV_USAGE, "", args, io);
    }

    private static int run(String prog, String usage, String flags, String[] args, Io io) {
        Opts o = new Opts(args, flags, "");
        int st = o.finish(prog, usage, io);
        if (st >= 0) {
            return st;
        }
        List<String> ops = o.operands();
        if (ops.isEmpty()) {
            return missing(prog, "missing file operand", io);
        }
        if (ops.size() == 1) {
            return missing(prog, "missing destination file operand after " + FsPath.q(ops.get(0)), io);
        }
        String dest = ops.get(ops.size() - 1);
        Stat d = statOrNull(io, dest);
        boolean into = d != null && d.isDirectory();
        if (ops.size() > 2 && !into) {
            io.error(prog, "target " + FsPath.q(dest) + ": " + (d == null ? SysError.NO_ENTRY : SysError.NOT_DIR));
            return 1;
        }
        boolean recursive = o.has('r') || o.has('R');
        int status = 0;
        for (String src : ops.subList(0, ops.size() - 1)) {
            String target = into ? FsPath.join(dest, FsPath.base(src)) : dest;
            boolean ok = prog.equals("cp") ? copy(src, target, recursive, io) : move(src, target, io);
            if (!ok) {
                status = 1;
            }
        }
        return status;
    }

    private static int missing(String prog, String message, Io io) {
        Opts.usageError(prog, message, io);
        return 1;
    }

    static Stat statOrNull(Io io, String path) {
        try {
            return io.files().stat(path);
        } catch (SysError e) {
            return null;
        }
    }

    /** cp of one source to target; false (after the message) on failure. */
    static boolean copy(String src, String target, boolean recursive, Io io) {
        Stat s;
        try {
            s = io.files().stat(src);
        } catch (SysError e) {
            io.error("cp", "cannot stat " + FsPath.q(src) + ": " + e.getMessage());
            return false;
        }
        Stat t = statOrNull(io, target);
        if (t != null && FsPath.normal(src).equals(FsPath.normal(target))) {
            io.error("cp", FsPath.q(src) + " and " + FsPath.q(target) + " are the same file");
            return false;
        }
        if (s.isDirectory()) {
            if (!recursive) {
                io.error("cp", "-r not specified; omitting directory " + FsPath.q(src));
                return false;
            }
            if (FsPath.within(target, src)) {
                // as GNU: the error, yet the directory's entries as they were are copied once (not the copy itself)
                io.error("cp", "cannot copy a directory, " + FsPath.q(src) + ", into itself, " + FsPath.q(target));
                copyTree(src, target, t, FsPath.normal(target), io);
                return false;
            }
            return copyTree(src, target, t, null, io);
        }
        if (t != null && t.isDirectory()) {
            io.error("cp", "cannot overwrite directory " + FsPath.q(target) + " with non-directory");
            return false;
        }
        return copyFile(src, target, s.mode(), io);
    }

    /** Copies directory src to target (t: what is there now); skip is a source path not to descend into. */
    private static boolean copyTree(String src, String target, Stat t, String skip, Io io) {
        if (t != null && !t.isDirectory()) {
            io.error("cp", "cannot overwrite non-directory " + FsPath.q(target) + " with directory " + FsPath.q(src));
            return false;
        }
        List<String> names;
        try {
            names = io.files().list(src);
            if (t == null) {
                io.files().mkdir(target);
            }
        } catch (SysError e) {
            io.error("cp", "cannot copy " + FsPath.q(src) + ": " + e.getMessage());
            return false;
        }
        boolean ok = true;
        for (String n : names) {
            String from = FsPath.join(src, n);
            if (skip == null) {
                ok &= copy(from, FsPath.join(target, n), true, io);
            } else if (!FsPath.normal(from).equals(skip)) {
                ok &= copyInside(from, FsPath.join(target, n), skip, io);
            }
        }
        return ok;
    }

    /** copy() under a directory being copied into itself: skip stays out of the recursion. */
    private static boolean copyInside(String src, String target, String skip, Io io) {
        Stat s = statOrNull(io, src);
        if (s != null && s.isDirectory()) {
            return copyTree(src, target, statOrNull(io, target), skip, io);
        }
        return copy(src, target, true, io);
    }

    private static boolean copyFile(String src, String target, int mode, Io io) {
        In in;
        try {
            in = io.files().open(src);
        } catch (SysError e) {
            io.error("cp", "cannot open " + FsPath.q(src) + " for reading: " + e.getMessage());
            return false;
        }
        Out out;
        try {
            out = io.files().create(target, mode, false);
        } catch (SysError e) {
            io.error("cp", "cannot create regular file " + FsPath.q(target) + ": " + e.getMessage());
            return false;
        }
        byte[] buf = new byte[BUFFER];
        for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
            out.write(buf, 0, n);
        }
        try {
            out.close();
        } catch (SysError e) {
            io.error("cp", "error writing " + FsPath.q(target) + ": " + e.getMessage());
            return false;
        }
        return true;
    }

    /** mv of one source to target; false (after the message) on failure. */
    static boolean move(String src, String target, Io io) {
        Stat s;
        try {
            s = io.files().stat(src);
        } catch (SysError e) {
            io.error("mv", "cannot stat " + FsPath.q(src) + ": " + e.getMessage());
            return false;
        }
        Stat t = statOrNull(io, target);
        if (t != null && FsPath.normal(src).equals(FsPath.normal(target))) {
            io.error("mv", FsPath.q(src) + " and " + FsPath.q(target) + " are the same file");
            return false;
        }
        if (s.isDirectory() && FsPath.within(target, src)) {
            io.error("mv", "cannot move " + FsPath.q(src) + " to a subdirectory of itself, " + FsPath.q(target));
            return false;
        }
        if (t != null && t.isDirectory() && !s.isDirectory()) {
            io.error("mv", "cannot overwrite directory " + FsPath.q(target) + " with non-directory");
            return false;
        }
        if (t != null && !t.isDirectory() && s.isDirectory()) {
            io.error("mv", "cannot overwrite non-directory " + FsPath.q(target) + " with directory " + FsPath.q(src));
            return false;
        }
        try {
            io.files().rename(src, target);
        } catch (SysError e) {
            io.error("mv", "cannot move " + FsPath.q(src) + " to " + FsPath.q(target) + ": " + e.getMessage());
            return false;
        }
        return true;
    }
}

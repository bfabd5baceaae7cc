package os2.user.fs;

import java.util.List;
import os2.user.Caps;
import os2.user.Handle;

/**
 * A program's file namespace: the root directory capability (absolute paths) and the working
 * directory's (relative paths), as the shell grants them (start slots {@link Caps#ROOT} and
 * {@link Caps#CWD}). A program given neither can open nothing: every call is EACCES.
 * Paths are normalised here ("a/../b"); the server still refuses to go above a capability.
 */
public final class Fs {
    private final Dir root;
    private final Dir cwd;
    private final String cwdPath;

    /** root or cwd may be null (then paths of that kind are refused); cwdPath is cwd's absolute path. */
    public Fs(Dir root, Dir cwd, String cwdPath) {
        this.root = root;
        this.cwd = cwd;
        this.cwdPath = cwdPath == null ? "/" : cwdPath;
    }

    /** The namespace of the start capabilities; cwdPath from $PWD (the shell passes it). */
    public static Fs fromCaps(String cwdPath) {
        Handle r = Caps.slot(Caps.ROOT);
        Handle c = Caps.slot(Caps.CWD);
        return new Fs(r.isNone() ? null : new Dir(r), c.isNone() ? null : new Dir(c), cwdPath);
    }

    public Dir root() {
        return root;
    }

    public Dir cwd() {
        return cwd;
    }

    /** The directory a path is resolved from, and the path relative to it. */
    private record Where(Dir dir, String rest) {
    }

    private Where where(String path) throws FsException {
        if (path.startsWith("/") || cwd == null) {
            if (root == null) {
                throw new FsException(FsProto.EACCES);
            }
            String abs = Path.resolve(cwdPath, path);
            return new Where(root, abs.equals("/") ? "" : abs.substring(1));
        }
        return new Where(cwd, path);
    }

    public FsObject open(String path, int flags) throws FsException {
        Where w = where(path);
        return w.dir().open(w.rest(), flags);
    }

    public File openFile(String path) throws FsException {
        Where w = where(path);
        return w.dir().openFile(w.rest());
    }

    public Dir openDir(String path, boolean write) throws FsException {
        Where w = where(path);
        return w.dir().openDir(w.rest(), write);
    }

    public File create(String path, boolean truncate) throws FsException {
        Where w = where(path);
        return w.dir().create(w.rest(), truncate);
    }

    public FsObject.Info stat(String path) throws FsException {
        Where w = where(path);
        return w.dir().stat(w.rest());
    }

    public List<Dir.Entry> list(String path) throws FsException {
        Where w = where(path);
        if (w.rest().isEmpty() || w.rest().equals(".")) {
            return w.dir().list();
        }
        try (Dir d = w.dir().openDir(w.rest(), false)) {
            return d.list();
        }
    }

    public void mkdir(String path) throws FsException {
        Where w = where(path);
        w.dir().mkdir(w.rest());
    }

    public void remove(String path) throws FsException {
        Where w = where(path);
        w.dir().remove(w.rest());
    }

    /** Renames within one capability: both relative (the working directory) or else both from the root. */
    public void rename(String from, String to) throws FsException {
        if (!from.startsWith("/") && !to.startsWith("/") && cwd != null) {
            cwd.rename(from, to);
            return;
        }
        Where a = where(Path.resolve(cwdPath, from));
        Where b = where(Path.resolve(cwdPath, to));
        a.dir().rename(a.rest(), b.rest());
    }

    /** The whole file at path. */
    public byte[] readAll(String path) throws FsException {
        try (File f = openFile(path)) {
            return f.readAll();
        }
    }
}

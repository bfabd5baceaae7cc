package os2.user.fs;

import java.util.ArrayList;
import java.util.List;
import os2.user.Handle;
import os2.user.Message;

/**
 * A directory capability: paths are resolved from it and never reach above it (".." at
 * its top is refused). What it opens gets at most its rights.
 */
public final class Dir extends FsObject {
    /** One entry of {@link #list}. */
    public record Entry(String name, int kind) {
        public boolean isDirectory() {
            return kind == FsProto.KIND_DIR;
        }
    }

    public Dir(Handle h) {
        super(h);
    }

    /** Opens path with FsProto.O_* flags: a {@link Dir} or a {@link File}. */
    public FsObject open(String path, int flags) throws FsException {
        Message m = call(new FsProto.Writer().u8(FsProto.OPEN).u32(flags).text(path).finish());
        return wrap(ok(m).u8(), m);
    }

    /** The directory at path (read, and write if asked and allowed). */
    public Dir openDir(String path, boolean write) throws FsException {
        int flags = FsProto.O_DIRECTORY | FsProto.O_READ | (write ? FsProto.O_WRITE : 0);
        return (Dir) open(path, flags);
    }

    /** The file at path for reading. */
    public File openFile(String path) throws FsException {
        FsObject o = open(path, FsProto.O_READ);
        if (o instanceof Dir) {
            o.close();
            throw new FsException(FsProto.EISDIR);
        }
        return (File) o;
    }

    /** The file at path for writing: created if missing, else emptied (truncate) or kept (append). */
    public File create(String path, boolean truncate) throws FsException {
        return (File) open(path, FsProto.O_WRITE | FsProto.O_CREATE | (truncate ? FsProto.O_TRUNC : 0));
    }

    /** Kind, mode and size of what path names (links followed). */
    @Override
    public Info stat(String path) throws FsException {
        return super.stat(path);
    }

    /** The entries, sorted by name. */
    public List<Entry> list() throws FsException {
        List<Entry> out = new ArrayList<>();
        while (true) {
            Message m = call(new FsProto.Writer().u8(FsProto.LIST).u32(out.size()).finish());
            FsProto.Reader r = ok(m);
            int n = count(m);
            if (n == 0) {
                return out;
            }
            for (int i = 0; i < n; i++) {
                int kind = r.u8();
                out.add(new Entry(r.textToNul(), kind));
            }
        }
    }

    public void mkdir(String path) throws FsException {
        ok(call(new FsProto.Writer().u8(FsProto.MKDIR).text(path).finish()));
    }

    /** Removes a file or an empty directory. */
    public void remove(String path) throws FsException {
        ok(call(new FsProto.Writer().u8(FsProto.REMOVE).text(path).finish()));
    }

    /** Renames from to to, both under this directory (an existing file at to is replaced). */
    public void rename(String from, String to) throws FsException {
        ok(call(new FsProto.Writer().u8(FsProto.RENAME).text(from).u8(0).text(to).finish()));
    }
}

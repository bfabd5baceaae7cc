package os2.user.fs;

import java.util.ArrayList;
import java.util.List;
import os2.user.prog.In;
import os2.user.prog.Io;
import os2.user.prog.Out;
import os2.user.prog.Stat;
import os2.user.prog.SysError;

/**
 * The program cores' file opener ({@link Io.Files}) over a task's {@link Fs}: what a program
 * can open is exactly what its directory capabilities reach. Files are read and written
 * through the server a message at a time, from a position kept here.
 */
public final class FsFiles implements Io.Files {
    private final Fs fs;

    public FsFiles(Fs fs) {
        this.fs = fs;
    }

    @Override
    public In open(String path) throws Io.NotFound {
        try {
            File f = fs.openFile(path);
            return in(f, f.stat().size());
        } catch (FsException e) {
            throw new Io.NotFound(e.getMessage());
        }
    }

    @Override
    public Stat stat(String path) throws SysError {
        try {
            FsObject.Info i = fs.stat(path);
            Stat.Kind k = i.kind() == FsProto.KIND_DIR ? Stat.Kind.DIRECTORY
                    : i.kind() == FsProto.KIND_FILE ? Stat.Kind.FILE : Stat.Kind.OTHER;
            return new Stat(k, i.size(), i.mode(), Stat.NO_TIME);
        } catch (FsException e) {
            throw new SysError(e.getMessage());
        }
    }

    @Override
    public List<String> list(String path) throws SysError {
        try {
            List<String> names = new ArrayList<>();
            for (Dir.Entry e : fs.list(path)) {
                names.add(e.name());
            }
            return names;
        } catch (FsException e) {
            throw new SysError(e.getMessage());
        }
    }

    @Override
    public Out create(String path, int mode, boolean append) throws SysError {
        try {
            return out(fs.create(path, !append));
        } catch (FsException e) {
            throw new SysError(e.getMessage());
        }
    }

    @Override
    public void mkdir(String path) throws SysError {
        try {
            fs.mkdir(path);
        } catch (FsException e) {
            throw new SysError(e.getMessage());
        }
    }

    @Override
    public void remove(String path) throws SysError {
        try {
            fs.remove(path);
        } catch (FsException e) {
            throw new SysError(e.getMessage());
        }
    }

    @Override
    public void rename(String from, String to) throws SysError {
        try {
            fs.rename(from, to);
        } catch (FsException e) {
            throw new SysError(e.getMessage());
        }
    }

    /** A reader of f from its start; regular size as stat said (wc's column width). */
    public static In in(File f, long size) {
        return new In() {
            private long pos;

            @Override
            public int read(byte[] b, int off, int len) {
                try {
                    int n = f.read(pos, b, off, len);
                    if (n == 0) {
                        return -1;
                    }
                    pos += n;
                    return n;
                } catch (FsException e) {
                    return -1;
                }
            }

            @Override
            public long regularSize() {
                return size;
            }
        };
    }

    /** A writer that appends to f (the shell truncated it if it had to); a failure ends the program with its reason. */
    public static Out out(File f) {
        return (b, off, len) -> {
            try {
                f.write(FsProto.APPEND_OFFSET, b, off, len);
            } catch (FsException e) {
                throw new IllegalStateException(e.getMessage());
            }
        };
    }
}

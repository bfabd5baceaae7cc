package os2.user.fs;

import os2.user.prog.In;
import os2.user.prog.Io;
import os2.user.prog.Out;

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

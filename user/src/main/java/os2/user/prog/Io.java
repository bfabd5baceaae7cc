package os2.user.prog;

import java.util.List;

/**
 * What a program core works with: standard input, output and error, the files it may reach
 * ({@link Files}: OS2 gives programs no ambient file access, so the caller decides what it can
 * reach), the operating system's figures and controls ({@link Os}) and a way to run another
 * command ({@link Runner}, for {@code time}). The four-part constructor gives a program no OS
 * ({@link Os#NONE}) and runs commands as in-process cores ({@link Runner#CORES}).
 */
public record Io(In in, Out out, Out err, Files files, Os os, Runner runner) {
    /** An Io without the OS: the programs that need it report "Operation not supported". */
    public Io(In in, Out out, Out err, Files files) {
        this(in, out, err, files, Os.NONE, Runner.CORES);
    }

    /**
     * The files a program can reach. Paths are as the user typed them (relative ones from the
     * program's working directory; the implementation resolves them). Only {@link #open} must
     * be implemented; the other operations' defaults fail with "Operation not supported", so
     * a read-only host stays a lambda. Every failure is a {@link SysError} whose message is
     * the reason alone (the {@code SysError} constants).
     */
    public interface Files {
        /** The file at path for reading, or throws with the reason ("No such file or directory", "Is a directory"). */
        In open(String path) throws NotFound;

        /** What path is; NO_ENTRY if it does not exist, NOT_DIR if a parent is a file. */
        default Stat stat(String path) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        /** The names in the directory at path, without "." and "..", in any order; NOT_DIR for a file. */
        default List<String> list(String path) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        /**
         * Opens path for writing: creates it if it does not exist (with mode's permission bits,
         * when the file system keeps them), else truncates it or, with append, writes at its end.
         * IS_DIR for a directory, NO_ENTRY if the parent does not exist, READ_ONLY, DENIED.
         * The caller closes the Out.
         */
        default Out create(String path, int mode, boolean append) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        /** Makes the directory path; EXISTS if anything is there, NO_ENTRY if its parent is missing. */
        default void mkdir(String path) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        /** Removes a file or an empty directory; NOT_EMPTY for a directory with entries. */
        default void remove(String path) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }

        /**
         * Renames from to to (in one step, as POSIX rename): an existing file at to is replaced;
         * an existing directory at to is replaced only by a directory and only if empty
         * (else NOT_EMPTY, or IS_DIR / NOT_DIR when the kinds differ); moving a directory into
         * itself is INVALID.
         */
        default void rename(String from, String to) throws SysError {
            throw new SysError(SysError.UNSUPPORTED);
        }
    }

    /** A file that cannot be opened; the message is the reason alone. */
    public static final class NotFound extends SysError {
        /** reason is e.g. "No such file or directory". */
        public NotFound(String reason) {
            super(reason);
        }
    }

    /**
     * Runs a command for a program that runs others ({@code time}): argv[0] is the program's
     * name as typed (the host looks it up as the shell does), io its standard streams.
     * Returns its exit status once it has ended; NO_ENTRY if there is no such program.
     */
    public interface Runner {
        int run(String[] argv, Io io) throws SysError;

        /** Runs the program cores of {@link Programs} in this task. */
        Runner CORES = (argv, io) -> {
            String[] rest = new String[argv.length - 1];
            System.arraycopy(argv, 1, rest, 0, rest.length);
            if (!Programs.NAMES.contains(argv[0])) {
                throw new SysError(SysError.NO_ENTRY);
            }
            return Programs.run(argv[0], rest, io);
        };
    }

    /** The input named by an operand: "-" is standard input. */
    public In open(String operand) throws NotFound {
        return operand.equals("-") ? in : files.open(operand);
    }

    /** Writes text (chars 0-255 as bytes, see {@link Text}) to standard output. */
    public void print(String latin1) {
        Text.write(out, latin1);
    }

    /** Writes "PROG: message\n" to standard error. */
    public void error(String prog, String message) {
        Text.write(err, prog + ": " + message + "\n");
    }
}

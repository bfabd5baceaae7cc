package os2.user.sh;

import java.util.List;
import java.util.Map;
import os2.user.prog.Os;

/**
 * What the shell needs from the system: start pipelines of programs, tell files from
 * directories, and print. The shell does the language (parsing, variables, builtins, $?,
 * jobs, &&/||); a Host does the processes. OS2's real host starts tasks connected by channels
 * and passes each one only its capabilities; tests use a fake.
 */
public interface Host {
    /**
     * One stage of a pipeline. Either a program ({@code program} is its absolute path, argv
     * its arguments, argv[0] the name typed, env its environment) or a builtin that already ran ({@code program}
     * is null, and {@code output}/{@code error}/{@code status} are what it produced: the host
     * only delivers the bytes). Redirection targets are absolute, normalised paths or null:
     * stdin from the previous stage (or the terminal), stdout to the next stage (or the
     * terminal), stderr to the terminal; {@code errToOut} sends stderr where stdout goes.
     */
    record Stage(String program, List<String> argv, Map<String, String> env, byte[] output, byte[] error, int status,
                 String stdin, String stdout, boolean appendOut, String stderr, boolean appendErr,
                 boolean errToOut) {
    }

    /** A started pipeline. */
    interface Job {
        /** Blocks until every stage has ended; the last stage's status (128+n if killed, 130 on Ctrl-C). */
        int await();

        /** The status if the job has ended, else -1 (never blocks). */
        int poll();

        /** The ids of the job's tasks (as ps shows them), for {@code kill %N}; empty if the host has none. */
        default List<Long> ids() {
            return List.of();
        }
    }

    /** A pipeline that could not start (a redirection failed, a program is not executable...). */
    final class StartException extends Exception {
        private final int status;

        /** message is one line without the "sh: " prefix; status is what $? becomes. */
        public StartException(String message, int status) {
            super(message);
            this.status = status;
        }

        /** The exit status the shell reports ($?). */
        public int status() {
            return status;
        }
    }

    /**
     * Starts the stages connected by pipes, with cwd as each program's working directory.
     * A background job must not read the terminal.
     */
    Job start(List<Stage> stages, String cwd, boolean background) throws StartException;

    /** True if the absolute path names a directory. */
    boolean isDirectory(String path);

    /** True if the absolute path names a file that can be run. */
    boolean isProgram(String path);

    /** The names in the directory at the absolute path (for Tab completion); empty if none or unreadable. */
    default List<String> list(String dir) {
        return List.of();
    }

    /**
     * The operating system as the shell's builtins see it ({@code kill}): its kill may end the
     * tasks of the shell's jobs, by id, since the shell holds their handles.
     */
    default Os os() {
        return Os.NONE;
    }

    /** Writes the shell's own output (to its standard output). */
    void out(String text);

    /** Writes the shell's own error messages (to its standard error). */
    void err(String text);
}

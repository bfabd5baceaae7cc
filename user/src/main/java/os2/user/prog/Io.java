package os2.user.prog;

/**
 * What a program core works with: standard input, output and error, and a way to open the
 * files named on its command line (OS2 gives programs no ambient file access, so the caller
 * decides what {@code files} can reach).
 */
public record Io(In in, Out out, Out err, Files files) {
    /** Opens named files for reading. */
    public interface Files {
        /** The file at path, or throws with the reason ("No such file or directory"). */
        In open(String path) throws NotFound;
    }

    /** A file that cannot be opened; the message is the reason alone. */
    public static final class NotFound extends Exception {
        /** reason is e.g. "No such file or directory". */
        public NotFound(String reason) {
            super(reason);
        }
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

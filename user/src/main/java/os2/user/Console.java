package os2.user;

/**
 * The standard streams (start slots 0, 1, 2) through WRITE and READ directly (System.out
 * and System.in work too; they buffer, this does not). Text is UTF-8. A stream the task
 * was not given swallows output and reads as the end of input.
 */
public final class Console {
    private Console() {
    }

    /** Writes s to standard output at once. */
    public static void print(String s) {
        write(Caps.stdout(), Args.utf8(s));
    }

    /** Writes s and a newline to standard output at once. */
    public static void println(String s) {
        print(s + "\n");
    }

    /** Writes all of b to h (a console or channel endpoint with R_WRITE); nothing for NONE. */
    public static void write(Handle h, byte[] b) {
        if (h.isNone()) {
            return;
        }
        int off = 0;
        while (off < b.length) {
            off += (int) Sys.check(Sys.write(h.lo(), h.hi(), b, off, b.length - off), "WRITE");
        }
    }

    /** Blocks until input is there: the bytes read (at least one), or -1 at the end of input. */
    public static int read(byte[] b, int off, int len) {
        Handle in = Caps.stdin();
        if (in.isNone()) {
            return -1;
        }
        long n = Sys.check(Sys.read(in.lo(), in.hi(), b, off, len), "READ");
        return n == 0 ? -1 : (int) n;
    }
}

package os2.user;

/**
 * The console through WRITE and READ directly (System.out and System.in work too; they
 * buffer, this does not). Text is UTF-8.
 */
public final class Console {
    private Console() {
    }

    /** Writes s to stdout at once. */
    public static void print(String s) {
        write(Sys.STDOUT, Args.utf8(s));
    }

    /** Writes s and a newline to stdout at once. */
    public static void println(String s) {
        print(s + "\n");
    }

    /** Writes all of b to fd (1 stdout, 2 stderr). */
    public static void write(int fd, byte[] b) {
        int off = 0;
        while (off < b.length) {
            off += (int) Sys.check(Sys.write(fd, b, off, b.length - off), "WRITE");
        }
    }

    /** Blocks until input is there: the bytes read (at least one), or -1 at the end of input. */
    public static int read(byte[] b, int off, int len) {
        long n = Sys.check(Sys.read(Sys.STDIN, b, off, len), "READ");
        return n == 0 ? -1 : (int) n;
    }
}

package os2.user.prog;

/** A byte sink: standard output or error, a pipe or a file. */
public interface Out {
    /** Writes len bytes of b from off (all of them). */
    void write(byte[] b, int off, int len);
}

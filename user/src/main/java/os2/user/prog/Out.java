package os2.user.prog;

/** A byte sink: standard output or error, a pipe or a file. */
public interface Out {
    /** Writes len bytes of b from off (all of them). */
    void write(byte[] b, int off, int len);

    /**
     * Ends the writing: a file opened by {@link Io.Files#create} has all its bytes once this
     * returns (a failure is a {@link SysError}); standard streams ignore it.
     */
    default void close() throws SysError {
    }
}

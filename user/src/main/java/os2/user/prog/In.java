package os2.user.prog;

/** A byte source: a program's standard input, a pipe or an opened file. */
public interface In {
    /** Reads up to len bytes into b at off: the count (at least 1), or -1 at the end. */
    int read(byte[] b, int off, int len);

    /** The size if this is a regular file (what wc uses to pick its column width), else -1. */
    default long regularSize() {
        return -1;
    }

    /** An In over a byte array; regular says whether it stands for a regular file. */
    static In of(byte[] data, boolean regular) {
        return new In() {
            private int pos;

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= data.length) {
                    return -1;
                }
                int n = Math.min(len, data.length - pos);
                System.arraycopy(data, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public long regularSize() {
                return regular ? data.length : -1;
            }
        };
    }
}

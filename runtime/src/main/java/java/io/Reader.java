package java.io;

import java.util.Objects;

/** A source of chars. */
public abstract class Reader implements Closeable {
    protected Reader() {
    }

    public abstract int read(char[] cbuf, int off, int len) throws IOException;

    public int read() throws IOException {
        char[] c = new char[1];
        return read(c, 0, 1) == -1 ? -1 : c[0];
    }

    public int read(char[] cbuf) throws IOException {
        return read(cbuf, 0, cbuf.length);
    }

    public long skip(long n) throws IOException {
        if (n < 0L) {
            throw new IllegalArgumentException("skip value is negative");
        }
        long k = 0;
        while (k < n && read() >= 0) {
            k++;
        }
        return k;
    }

    public boolean ready() throws IOException {
        return false;
    }

    public abstract void close() throws IOException;

    public long transferTo(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        char[] buf = new char[8192];
        long total = 0;
        int r;
        while ((r = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }
}

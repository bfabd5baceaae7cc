package java.io;

import java.util.Arrays;
import java.util.Objects;

/** A source of bytes. */
public abstract class InputStream implements Closeable {
    public InputStream() {
    }

    /** The next byte (0-255), or -1 at the end. */
    public abstract int read() throws IOException;

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c == -1) {
            return -1;
        }
        b[off] = (byte) c;
        int i = 1;
        for (; i < len && available() > 0; i++) {
            c = read();
            if (c == -1) {
                break;
            }
            b[off + i] = (byte) c;
        }
        return i;
    }

    public byte[] readAllBytes() throws IOException {
        byte[] buf = new byte[256];
        int n = 0;
        for (;;) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, n * 2);
            }
            int r = read(buf, n, buf.length - n);
            if (r < 0) {
                return Arrays.copyOf(buf, n);
            }
            n += r;
        }
    }

    public long skip(long n) throws IOException {
        long k = 0;
        while (k < n && read() >= 0) {
            k++;
        }
        return k;
    }

    public boolean markSupported() {
        return false;
    }

    public void mark(int readLimit) {
    }

    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    public int available() throws IOException {
        return 0;
    }

    public void close() throws IOException {
    }

    public long transferTo(OutputStream out) throws IOException {
        byte[] buf = new byte[8192];
        long total = 0;
        int r;
        while ((r = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }
}

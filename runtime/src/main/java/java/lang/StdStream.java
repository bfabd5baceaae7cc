package java.lang;

import java.io.OutputStream;

/**
 * A file descriptor as an OutputStream (fd 1 and 2 only). With a buffer size it
 * buffers; with a "before" stream it flushes that one first, so stdout's buffered
 * bytes always precede what goes to stderr.
 */
final class StdStream extends OutputStream {
    private final int fd;
    private final byte[] buf;
    private int count;
    private final StdStream before;

    StdStream(int fd, int bufferSize, StdStream before) {
        this.fd = fd;
        this.buf = bufferSize > 0 ? new byte[bufferSize] : null;
        this.before = before;
    }

    @Override
    public void write(int b) {
        if (buf == null) {
            if (before != null) {
                before.flush();
            }
            VMHelper.write(fd, new byte[] {(byte) b}, 0, 1);
            return;
        }
        if (count == buf.length) {
            flush();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                    + ") out of bounds for length " + b.length);
        }
        if (buf == null) {
            if (before != null) {
                before.flush();
            }
            VMHelper.write(fd, b, off, len);
            return;
        }
        if (len > buf.length - count) {
            flush();
            if (len >= buf.length) {
                VMHelper.write(fd, b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void flush() {
        if (count > 0) {
            int n = count;
            count = 0;
            VMHelper.write(fd, buf, 0, n);
        }
    }

    /** The standard streams stay open (the JVM's do too, for all practical purposes). */
    @Override
    public void close() {
        flush();
    }
}

package java.io;

/** Buffers chars for another Writer. */
public class BufferedWriter extends Writer {
    private Writer out;
    private final char[] buf;
    private int count;

    public BufferedWriter(Writer out) {
        this(out, 8192);
    }

    public BufferedWriter(Writer out, int sz) {
        super(out);
        if (sz <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.out = out;
        this.buf = new char[sz];
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    private void flushBuffer() throws IOException {
        ensureOpen();
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        if (count == buf.length) {
            flushBuffer();
        }
        buf[count++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        if (len >= buf.length) {
            flushBuffer();
            out.write(cbuf, off, len);
            return;
        }
        if (len > buf.length - count) {
            flushBuffer();
        }
        System.arraycopy(cbuf, off, buf, count, len);
        count += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        ensureOpen();
        while (len > 0) {
            if (count == buf.length) {
                flushBuffer();
            }
            int n = Math.min(len, buf.length - count);
            s.getChars(off, off + n, buf, count);
            count += n;
            off += n;
            len -= n;
        }
    }

    public void newLine() throws IOException {
        write('\n');
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (out == null) {
            return;
        }
        try {
            flushBuffer();
        } finally {
            out.close();
            out = null;
        }
    }
}

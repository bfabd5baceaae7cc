package java.io;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/** A Reader with a buffer and lines: readLine ends a line at \n, \r or \r\n. */
public class BufferedReader extends Reader {
    private Reader in;
    private final char[] buf;
    private int pos;
    private int end;
    private boolean skipLf;   // the last line ended with \r: a following \n belongs to it

    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    public BufferedReader(Reader in, int sz) {
        if (sz <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = Objects.requireNonNull(in);
        this.buf = new char[sz];
    }

    private void ensureOpen() throws IOException {
        if (in == null) {
            throw new IOException("Stream closed");
        }
    }

    /** Makes a char available in buf[pos]; false at the end. */
    private boolean fill() throws IOException {
        if (pos < end) {
            return true;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        if (!fill()) {
            return -1;
        }
        if (skipLf) {
            skipLf = false;
            if (buf[pos] == '\n') {
                pos++;
                if (!fill()) {
                    return -1;
                }
            }
        }
        return buf[pos++];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c < 0) {
            return -1;
        }
        cbuf[off] = (char) c;
        int n = Math.min(len - 1, end - pos);
        System.arraycopy(buf, pos, cbuf, off + 1, n);
        pos += n;
        return n + 1;
    }

    /** The next line without its terminator, or null at the end. */
    public String readLine() throws IOException {
        ensureOpen();
        StringBuilder sb = null;
        for (;;) {
            if (!fill()) {
                return sb == null ? null : sb.toString();
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int i = pos;
            while (i < end && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            if (sb == null) {
                sb = new StringBuilder(i - pos + 16);
            }
            sb.append(buf, pos, i - pos);
            if (i < end) {
                skipLf = buf[i] == '\r';
                pos = i + 1;
                return sb.toString();
            }
            pos = end;
        }
    }

    @Override
    public boolean ready() throws IOException {
        ensureOpen();
        return pos < end || in.ready();
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
            in = null;
        }
    }

    /** The remaining lines, read as the stream runs. */
    public java.util.stream.Stream<String> lines() {
        return java.util.stream.Streams.of(() -> new Iterator<String>() {
            private String next;

            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String s = next;
                next = null;
                return s;
            }
        }, null);
    }
}

package java.io;

/** Buffers a Reader and splits it into lines ("\n", "\r" or "\r\n" end a line). */
public class BufferedReader extends Reader {
    private final Reader in;
    private final char[] buf;
    private int pos;
    private int count;
    /** The last char returned ended a line with '\r': a '\n' right after it belongs to the same line end. */
    private boolean skipLf;

    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    public BufferedReader(Reader in, int size) {
        super(in);
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        this.buf = new char[size];
    }

    /** Refills the buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        count = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        for (;;) {
            if (pos >= count && !fill()) {
                return -1;
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            return c;
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        cbuf[off] = (char) first;
        int n = Math.min(len - 1, count - pos);
        System.arraycopy(buf, pos, cbuf, off + 1, n);
        pos += n;
        return n + 1;
    }

    /** The next line without its terminator, or null at the end of the input. */
    public String readLine() throws IOException {
        StringBuilder sb = null;
        for (;;) {
            if (pos >= count && !fill()) {
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
            while (i < count && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, i - pos));
            }
            sb.append(buf, pos, i - pos);
            if (i < count) {
                skipLf = buf[i] == '\r';
                pos = i + 1;
                return sb.toString();
            }
            pos = i;
        }
    }

    @Override
    public boolean ready() throws IOException {
        return pos < count || in.ready();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

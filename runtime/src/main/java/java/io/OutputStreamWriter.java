package java.io;

/** Encodes chars to UTF-8 bytes for an OutputStream; buffered until flush, like the JDK's. */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final byte[] bytes = new byte[8192];
    private int count;
    private final Utf8.Encoder encoder = new Utf8.Encoder();
    private boolean closed;

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out);
        if (!Utf8.supported(charsetName)) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public String getEncoding() {
        return closed ? null : "UTF8";
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0;
            out.write(bytes, 0, n);
        }
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        if (count > bytes.length - 8) {
            drain();
        }
        count = encoder.put((char) c, bytes, count);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        for (int i = off; i < off + len; i++) {
            if (count > bytes.length - 8) {
                drain();
            }
            count = encoder.put(cbuf[i], bytes, count);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        ensureOpen();
        for (int i = off; i < off + len; i++) {
            if (count > bytes.length - 8) {
                drain();
            }
            count = encoder.put(str.charAt(i), bytes, count);
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        count = encoder.finish(bytes, count);
        drain();
        out.flush();
        closed = true;
        out.close();
    }
}

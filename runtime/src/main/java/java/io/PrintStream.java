package java.io;

/**
 * Prints text to an OutputStream as UTF-8. Never throws IOException: failures set
 * an error flag (checkError). Each print call encodes into a small buffer and hands
 * the bytes to the underlying stream when it returns, like the JDK; buffering for
 * System.out is the underlying stream's business.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closed;
    private final byte[] bytes = new byte[1024];
    private int count;
    private final char[] chars = new char[256];
    private final Utf8.Encoder encoder = new Utf8.Encoder();

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(out);
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        this.autoFlush = autoFlush;
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush);
        if (!Utf8.supported(encoding)) {
            throw new UnsupportedEncodingException(encoding);
        }
    }

    // ---- plumbing ---------------------------------------------------------

    /** Hands the encoded bytes to the stream. */
    private void drain() {
        if (count > 0) {
            int n = count;
            count = 0;
            try {
                out.write(bytes, 0, n);
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    private void putChar(char c) {
        if (count > bytes.length - 8) {
            drain();
        }
        count = encoder.put(c, bytes, count);
    }

    private void putString(String s) {
        int len = s.length();
        for (int start = 0; start < len; start += chars.length) {
            int n = Math.min(chars.length, len - start);
            s.getChars(start, start + n, chars, 0);
            putChars(chars, 0, n);
        }
    }

    private void putChars(char[] c, int off, int n) {
        for (int i = off; i < off + n; i++) {
            char ch = c[i];
            if (ch < 0x80 && count < bytes.length && encoder.high == 0) {
                bytes[count++] = (byte) ch; // the ASCII fast path
            } else {
                putChar(ch);
            }
        }
    }

    /** Decimal digits straight into the buffer (no temporary String). */
    private void putLong(long v) {
        if (count > bytes.length - 20) {
            drain();
        }
        if (v < 0) {
            bytes[count++] = '-';
        } else {
            v = -v; // work with negatives so MIN_VALUE is safe
        }
        int digits = 1;
        for (long p = -10; digits < 19 && v <= p; p *= 10) {
            digits++;
        }
        int end = count + digits;
        for (int i = end - 1; i >= count; i--) {
            long q = v / 10;
            bytes[i] = (byte) ('0' + (q * 10 - v));
            v = q;
        }
        count = end;
    }

    /** Ends a print call: the bytes go out; println flushes when autoFlush is on. */
    private void endCall(boolean newline) {
        count = encoder.finish(bytes, count);
        drain();
        if (newline && autoFlush) {
            try {
                out.flush();
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    private void newLine() {
        putChar('\n');
        endCall(true);
    }

    // ---- OutputStream -----------------------------------------------------

    @Override
    public void write(int b) {
        try {
            out.write(b);
            if (b == '\n' && autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        try {
            out.close();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public boolean checkError() {
        flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    // ---- print ------------------------------------------------------------

    public void print(boolean b) {
        print(b ? "true" : "false");
    }

    public void print(char c) {
        putChar(c);
        endCall(false);
    }

    public void print(int i) {
        putLong(i);
        endCall(false);
    }

    public void print(long l) {
        putLong(l);
        endCall(false);
    }

    public void print(float f) {
        print(String.valueOf(f));
    }

    public void print(double d) {
        print(String.valueOf(d));
    }

    public void print(char[] s) {
        putChars(s, 0, s.length);
        endCall(false);
    }

    public void print(String s) {
        putString(s == null ? "null" : s);
        endCall(false);
    }

    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    public void println() {
        newLine();
    }

    public void println(boolean x) {
        putString(x ? "true" : "false");
        newLine();
    }

    public void println(char x) {
        putChar(x);
        newLine();
    }

    public void println(int x) {
        putLong(x);
        newLine();
    }

    public void println(long x) {
        putLong(x);
        newLine();
    }

    public void println(float x) {
        println(String.valueOf(x));
    }

    public void println(double x) {
        println(String.valueOf(x));
    }

    public void println(char[] x) {
        putChars(x, 0, x.length);
        newLine();
    }

    public void println(String x) {
        putString(x == null ? "null" : x);
        newLine();
    }

    public void println(Object x) {
        println(String.valueOf(x));
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        print(new java.util.Formatter().format(format, args).toString());
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }
}

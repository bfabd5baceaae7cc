package java.lang;

import java.io.InputStream;

/** Standard input (fd 0) as a buffered InputStream: System.in. */
final class StdIn extends InputStream {
    private final byte[] buf = new byte[8192];
    private int pos;
    private int end;
    private boolean eof;

    private boolean fill() {
        if (pos < end) {
            return true;
        }
        if (eof) {
            return false;
        }
        // what the terminal or pipe has written so far goes out first (an interactive prompt)
        System.flushStreams();
        int n = VMHelper.read(0, buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    @Override
    public int read() {
        return fill() ? buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return end - pos;
    }
}

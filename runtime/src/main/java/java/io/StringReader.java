package java.io;

import java.util.Objects;

/** The chars of a string. */
public class StringReader extends Reader {
    private String s;
    private int pos;

    public StringReader(String s) {
        this.s = s;
    }

    private void ensureOpen() throws IOException {
        if (s == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        return pos < s.length() ? s.charAt(pos++) : -1;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (pos >= s.length()) {
            return -1;
        }
        int n = Math.min(len, s.length() - pos);
        s.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    @Override
    public boolean ready() throws IOException {
        ensureOpen();
        return true;
    }

    @Override
    public void close() {
        s = null;
    }
}

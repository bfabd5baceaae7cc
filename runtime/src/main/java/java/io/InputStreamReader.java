package java.io;

import java.util.Objects;

/** Bytes to chars: UTF-8 (ASCII included); a malformed sequence reads as U+FFFD. */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private int pendingLow = -1;   // the low surrogate of a supplementary character, read next

    public InputStreamReader(InputStream in) {
        this.in = Objects.requireNonNull(in);
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in);
        if (!Utf8.supported(charsetName)) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public String getEncoding() {
        return "UTF8";
    }

    @Override
    public int read() throws IOException {
        if (pendingLow >= 0) {
            int c = pendingLow;
            pendingLow = -1;
            return c;
        }
        int b = in.read();
        if (b < 0x80) {
            return b;   // ASCII, or -1 at the end
        }
        int n = b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 ? 1 : -1;
        if (n < 0 || b >= 0xF8) {
            return 0xFFFD;
        }
        int cp = b & (0x3F >> n);
        for (int i = 0; i < n; i++) {
            int c = in.read();
            if ((c & 0xC0) != 0x80) {
                return 0xFFFD;
            }
            cp = cp << 6 | (c & 0x3F);
        }
        if (cp >= 0x10000) {
            pendingLow = Character.lowSurrogate(cp);
            return Character.highSurrogate(cp);
        }
        return cp;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int i = 0;
        do {
            int c = read();
            if (c < 0) {
                return i == 0 ? -1 : i;
            }
            cbuf[off + i++] = (char) c;
        } while (i < len && (pendingLow >= 0 || in.available() > 0));
        return i;
    }

    @Override
    public boolean ready() throws IOException {
        return pendingLow >= 0 || in.available() > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

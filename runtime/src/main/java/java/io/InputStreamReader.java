package java.io;

/**
 * Decodes the bytes of an InputStream as UTF-8 (OS2's only charset; ASCII is a subset).
 * Malformed input becomes U+FFFD, as with the JDK's default REPLACE action. A read
 * returns what one read of the stream gives, so a console line is seen as soon as it
 * is typed.
 */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final byte[] bytes = new byte[4096];
    private int start;
    private int end;
    private boolean eof;
    /** The low half of a supplementary character whose high half was already returned, or 0. */
    private char pendingLow;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
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
    public int read(char[] cbuf, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLow != 0) {
            cbuf[off + n++] = pendingLow;
            pendingLow = 0;
        }
        while (n == 0) {
            if (!fill()) {
                return -1;
            }
            n = decode(cbuf, off, len);
        }
        while (n < len && start < end && complete()) {
            n += decode(cbuf, off + n, len - n);
        }
        return n;
    }

    /** Ensures a whole sequence (or the end) is buffered; false at the end with nothing left. */
    private boolean fill() throws IOException {
        while (!eof && (start == end || !complete())) {
            if (start > 0) {
                System.arraycopy(bytes, start, bytes, 0, end - start);
                end -= start;
                start = 0;
            }
            int r = in.read(bytes, end, bytes.length - end);
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
        }
        return start < end;
    }

    /** Whether the sequence at start is whole (a truncated one at the end of input decodes as U+FFFD). */
    private boolean complete() {
        int need = length(bytes[start] & 0xFF);
        return eof || end - start >= need;
    }

    private static int length(int b) {
        return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 1;
    }

    /** Decodes whole sequences into cbuf while there is room; returns the chars written. */
    private int decode(char[] cbuf, int off, int len) {
        int n = 0;
        while (n < len && start < end) {
            int b = bytes[start] & 0xFF;
            int need = length(b);
            if (end - start < need && !eof) {
                break;
            }
            int cp;
            int used = 1;
            if (b < 0x80) {
                cp = b;
            } else if (need == 1 || end - start < need) {
                cp = 0xFFFD;
            } else {
                cp = b & (0x7F >> need);
                for (; used < need; used++) {
                    int c = bytes[start + used] & 0xFF;
                    if ((c & 0xC0) != 0x80) {
                        break;
                    }
                    cp = cp << 6 | (c & 0x3F);
                }
                if (used < need || cp < (need == 2 ? 0x80 : need == 3 ? 0x800 : 0x10000) || cp > 0x10FFFF
                        || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    cp = 0xFFFD;
                    used = Math.max(1, used);
                }
            }
            start += used;
            if (cp >= 0x10000) {
                cbuf[off + n++] = (char) (0xD800 + ((cp - 0x10000) >> 10));
                char low = (char) (0xDC00 + ((cp - 0x10000) & 0x3FF));
                if (n < len) {
                    cbuf[off + n++] = low;
                } else {
                    pendingLow = low;
                }
            } else {
                cbuf[off + n++] = (char) cp;
            }
        }
        return n;
    }

    @Override
    public boolean ready() throws IOException {
        return pendingLow != 0 || start < end || in.available() > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

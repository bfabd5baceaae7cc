package os2.user.net;

/**
 * A reusable buffer that text is written into as UTF-8 bytes, ready to send. httpd builds
 * each response here: a String and a StringBuilder would each copy the page once more,
 * and encoding it to bytes a third time cost more than the network stack's whole share
 * of a request (docs/BENCHMARKS.md, "Network").
 */
public final class ByteText {
    private byte[] bytes;
    private int length;
    /** Scratch for the characters being written: one bulk copy out of the string, not a call per character. */
    private char[] chars = new char[256];

    /** An empty buffer with room for capacity bytes (it grows as needed). */
    public ByteText(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Empties the buffer, keeping its room. */
    public ByteText clear() {
        length = 0;
        return this;
    }

    /** The bytes written so far: the first {@link #length()} of this array. */
    public byte[] array() {
        return bytes;
    }

    /** How many bytes were written. */
    public int length() {
        return length;
    }

    /** Appends s as UTF-8. */
    public ByteText append(String s) {
        return append(s, 0, s.length());
    }

    /** Appends s's characters from (inclusive) to to (exclusive) as UTF-8. */
    private ByteText append(String s, int from, int to) {
        int n = to - from;
        room(n);
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        char[] c = chars;   // locals: a store into the array must not make the loop reload the fields
        s.getChars(from, to, c, 0);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            if (c[i] >= 0x80) {
                length = at;
                return appendWide(s, from + i, to);
            }
            b[at++] = (byte) c[i];
        }
        length = at;
        return this;
    }

    /** The rest of append once a character at or above 0x80 came: one at a time, pairs of surrogates as one. */
    private ByteText appendWide(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                encode(Character.toCodePoint(c, s.charAt(++i)));
            } else {
                encode(c);
            }
        }
        return this;
    }

    /** Appends one character as UTF-8 (a lone surrogate as '?', as String.getBytes does). */
    public ByteText append(char c) {
        room(1);
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else {
            encode(c);
        }
        return this;
    }

    /** Appends v in decimal. */
    public ByteText append(long v) {
        if (v == Long.MIN_VALUE) {
            return append("-9223372036854775808");   // its magnitude does not fit a long
        }
        room(20);
        if (v < 0) {
            bytes[length++] = '-';
            v = -v;
        }
        int start = length;
        do {
            bytes[length++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {   // the digits came out last first
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return this;
    }

    /** Appends another buffer's bytes. */
    public ByteText append(ByteText t) {
        room(t.length);
        System.arraycopy(t.bytes, 0, bytes, length, t.length);
        length += t.length;
        return this;
    }

    /** Appends s with HTML's special characters escaped (text and attribute values alike). */
    public ByteText html(String s) {
        int run = 0;   // the start of the characters not yet written
        for (int i = 0; i < s.length(); i++) {
            String entity = entity(s.charAt(i));
            if (entity != null) {
                append(s, run, i).append(entity);
                run = i + 1;
            }
        }
        return append(s, run, s.length());
    }

    private static String entity(char c) {
        switch (c) {
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '&': return "&amp;";
            case '"': return "&quot;";
            default: return null;
        }
    }

    /** The text written so far (for tests and logs). */
    @Override
    public String toString() {
        try {
            return new String(bytes, 0, length, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);   // every Java platform has UTF-8
        }
    }

    /** A code point at or above 0x80: two to four bytes; a lone surrogate becomes '?'. */
    private void encode(int c) {
        room(4);
        if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
        } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            bytes[length++] = '?';
            return;
        } else if (c < 0x10000) {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | (c >> 6 & 0x3F));
        } else {
            bytes[length++] = (byte) (0xF0 | c >> 18);
            bytes[length++] = (byte) (0x80 | (c >> 12 & 0x3F));
            bytes[length++] = (byte) (0x80 | (c >> 6 & 0x3F));
        }
        bytes[length++] = (byte) (0x80 | (c & 0x3F));
    }

    /** Makes room for n more bytes. */
    private void room(int n) {
        if (length + n > bytes.length) {
            byte[] b = new byte[Math.max(bytes.length * 2, length + n)];
            System.arraycopy(bytes, 0, b, 0, length);
            bytes = b;
        }
    }
}

package java.io;

/** UTF-8 encoding shared by PrintStream and OutputStreamWriter (OS2's only charset). */
final class Utf8 {
    private Utf8() {
    }

    /** Whether the charset name is one OS2 writes as UTF-8 (ASCII is a subset). */
    static boolean supported(String charsetName) {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        String n = charsetName.toUpperCase();
        return n.equals("UTF-8") || n.equals("UTF8") || n.equals("US-ASCII") || n.equals("ASCII");
    }

    /** Turns chars into bytes; keeps a high surrogate until its low half arrives. */
    static final class Encoder {
        /** A high surrogate waiting for its low half, or 0. */
        char high;

        /** Encodes one char into dst at pos (room for 4 bytes needed); returns the new position. */
        int put(char c, byte[] dst, int pos) {
            if (high != 0) {
                char h = high;
                high = 0;
                if (c >= '\uDC00' && c <= '\uDFFF') {
                    int cp = ((h - 0xD800) << 10) + (c - 0xDC00) + 0x10000;
                    dst[pos++] = (byte) (0xF0 | (cp >> 18));
                    dst[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    dst[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    dst[pos++] = (byte) (0x80 | (cp & 0x3F));
                    return pos;
                }
                dst[pos++] = (byte) '?';
            }
            if (c < 0x80) {
                dst[pos++] = (byte) c;
            } else if (c < 0x800) {
                dst[pos++] = (byte) (0xC0 | (c >> 6));
                dst[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (c >= '\uD800' && c <= '\uDBFF') {
                high = c;
            } else if (c >= '\uDC00' && c <= '\uDFFF') {
                dst[pos++] = (byte) '?';
            } else {
                dst[pos++] = (byte) (0xE0 | (c >> 12));
                dst[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                dst[pos++] = (byte) (0x80 | (c & 0x3F));
            }
            return pos;
        }

        /** Ends a write: a dangling high surrogate becomes '?'. */
        int finish(byte[] dst, int pos) {
            if (high != 0) {
                high = 0;
                dst[pos++] = (byte) '?';
            }
            return pos;
        }
    }
}

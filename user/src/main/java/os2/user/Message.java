package os2.user;

/**
 * A message received from a channel: its inline bytes and the capabilities it carried,
 * now the receiver's (they were moved: the sender no longer holds them).
 */
public record Message(byte[] bytes, Handle[] caps) {
    /** The capability i of the message. */
    public Handle cap(int i) {
        return caps[i];
    }

    /** The bytes as UTF-8 text. */
    public String text() {
        return Args.fromUtf8(bytes, 0, bytes.length);
    }

    /** The little-endian long at byte offset off (messages often carry addresses and counts). */
    public long word(int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (bytes[off + i] & 0xFF);
        }
        return v;
    }

    /** Little-endian longs as message bytes (the inverse of {@link #word}). */
    public static byte[] words(long... values) {
        byte[] b = new byte[8 * values.length];
        for (int k = 0; k < values.length; k++) {
            for (int i = 0; i < 8; i++) {
                b[8 * k + i] = (byte) (values[k] >>> (8 * i));
            }
        }
        return b;
    }
}

package os2.kernel.ipc;

import os2.kernel.cap.Capability;

/**
 * One message in a channel: inline bytes (copied) and capabilities (moved: in flight,
 * held by no table, until the receiver takes them).
 */
public final class Message {
    /** Most inline bytes a message carries. */
    public static final int MAX_BYTES = 1024;
    /** Most capabilities a message carries. */
    public static final int MAX_CAPS = 8;

    final byte[] bytes;
    final Capability[] caps;
    /** Bytes already read by READ (a pipe read may take a message in parts). */
    int consumed;

    public Message(byte[] bytes, Capability[] caps) {
        this.bytes = bytes;
        this.caps = caps;
    }

    public byte[] bytes() {
        return bytes;
    }

    public Capability[] caps() {
        return caps;
    }

    public int remaining() {
        return bytes.length - consumed;
    }

    public int consumed() {
        return consumed;
    }

    public void consume(int n) {
        consumed += n;
    }

    /** Capabilities still alive (one revoked in flight is simply gone). */
    public int liveCaps() {
        int n = 0;
        for (Capability c : caps) {
            if (!c.isDead()) {
                n++;
            }
        }
        return n;
    }
}

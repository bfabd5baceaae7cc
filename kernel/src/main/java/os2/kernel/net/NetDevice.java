package os2.kernel.net;

/**
 * The narrow contract between the protocol stack and a network interface driver
 * (virtio-net in the kernel, scripted or in-memory devices in tests).
 *
 * <p>{@link #transmit} must consume or copy the frame before it returns: the stack
 * reuses its transmit buffer for the next frame. It must not call back into the stack
 * synchronously (a frame the device "receives" as a consequence is delivered later by
 * the driver calling {@link NetStack#receive}); the stack is not re-entrant.
 */
public interface NetDevice {
    /** The interface's 6-byte MAC address; the stack copies it once. */
    byte[] macAddress();

    /** The IP MTU in bytes (1500 for Ethernet); frames are at most mtu + 14 bytes. */
    int mtu();

    /**
     * Sends one Ethernet frame (header included, no FCS) of len bytes from frame[0].
     * Returns false when the device dropped it (ring full); the stack counts that.
     */
    boolean transmit(byte[] frame, int len);
}

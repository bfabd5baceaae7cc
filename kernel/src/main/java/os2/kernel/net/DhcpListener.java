package os2.kernel.net;

/** Hears the DHCP client's lease changes (the kernel logs them). */
public interface DhcpListener {
    /** A lease was obtained or renewed; the stack is configured with it. */
    void onBound(int address, int netmask, int router, int dns, long leaseSeconds);

    /** The lease ran out without renewal; the stack is unconfigured and starts over. */
    default void onLost() {
    }
}

package os2.kernel.dev.pci;

/**
 * One entry of a function's capabilities list (PCI Local Bus Specification 3.0, §6.7):
 * its ID (e.g. {@link #ID_MSI}, {@link #ID_VENDOR}) and its offset in configuration space.
 */
public record PciCapability(int id, int offset) {
    /** Message Signalled Interrupts (§6.8.1). */
    public static final int ID_MSI = 0x05;
    /** Vendor specific: the layout after the two list bytes is the vendor's (virtio uses it). */
    public static final int ID_VENDOR = 0x09;
    /** MSI-X (§6.8.2). */
    public static final int ID_MSIX = 0x11;
}

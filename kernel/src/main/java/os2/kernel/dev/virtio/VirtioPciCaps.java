package os2.kernel.dev.virtio;

import java.util.List;
import os2.kernel.dev.pci.PciBar;
import os2.kernel.dev.pci.PciCapability;
import os2.kernel.dev.pci.PciDevice;

/**
 * Where a virtio 1.0 "modern" PCI device keeps its structures: the vendor-specific
 * capabilities of type common, notify, ISR and device configuration (virtio 1.0
 * §4.1.4, struct virtio_pci_cap), each a window of one memory BAR. Parsed from
 * configuration space only; nothing is mapped here.
 */
public final class VirtioPciCaps {
    // struct virtio_pci_cap (§4.1.4): cap_vndr, cap_next, cap_len, cfg_type, bar, padding[3], offset, length
    static final int CAP_LEN = 2;
    static final int CFG_TYPE = 3;
    static final int BAR = 4;
    static final int OFFSET = 8;
    static final int LENGTH = 12;
    /** struct virtio_pci_notify_cap (§4.1.4.4): notify_off_multiplier after the common part. */
    static final int NOTIFY_OFF_MULTIPLIER = 16;
    static final int CAP_SIZE = 16;
    static final int NOTIFY_CAP_SIZE = 20;

    // cfg_type values (§4.1.4)
    public static final int COMMON_CFG = 1;
    public static final int NOTIFY_CFG = 2;
    public static final int ISR_CFG = 3;
    public static final int DEVICE_CFG = 4;
    public static final int PCI_CFG = 5;

    /** One structure: bar, byte offset in it, length. */
    public record Window(int bar, long offset, long length) {
    }

    private final Window common;
    private final Window notify;
    private final int notifyMultiplier;
    private final Window isr;
    private final Window device;

    private VirtioPciCaps(Window common, Window notify, int notifyMultiplier, Window isr, Window device) {
        this.common = common;
        this.notify = notify;
        this.notifyMultiplier = notifyMultiplier;
        this.isr = isr;
        this.device = device;
    }

    public Window common() { return common; }
    public Window notifyWindow() { return notify; }
    /** Bytes between the notification addresses of consecutive queue_notify_off values. */
    public int notifyMultiplier() { return notifyMultiplier; }
    public Window isr() { return isr; }
    /** The device-specific configuration, or null if the device has none. */
    public Window device() { return device; }

    /**
     * Reads the virtio capabilities of d. The first capability of each type wins (the
     * spec lets a device offer alternatives in order of preference, §4.1.4); a window
     * must lie inside a memory BAR. Throws IllegalStateException naming what is missing
     * or malformed.
     */
    public static VirtioPciCaps parse(PciDevice d, List<PciCapability> caps, List<PciBar> bars) {
        Window common = null;
        Window notify = null;
        Window isr = null;
        Window device = null;
        int multiplier = 0;
        for (int i = 0; i < caps.size(); i++) {
            PciCapability c = caps.get(i);
            if (c.id() != PciCapability.ID_VENDOR) {
                continue;
            }
            int o = c.offset();
            int len = d.read8(o + CAP_LEN);
            int type = d.read8(o + CFG_TYPE);
            if (type < COMMON_CFG || type > DEVICE_CFG) {
                continue;   // PCI_CFG (an access window) and types of later versions: not used
            }
            if (len < CAP_SIZE || type == NOTIFY_CFG && len < NOTIFY_CAP_SIZE) {
                throw new IllegalStateException(d + ": virtio capability at 0x" + Integer.toHexString(o)
                        + " (type " + type + ") is " + len + " bytes long");
            }
            Window w = new Window(d.read8(o + BAR), d.read32(o + OFFSET) & 0xFFFF_FFFFL,
                    d.read32(o + LENGTH) & 0xFFFF_FFFFL);
            if (type == COMMON_CFG && common == null) {
                common = check(d, w, bars, "common");
            } else if (type == NOTIFY_CFG && notify == null) {
                notify = check(d, w, bars, "notify");
                multiplier = d.read32(o + NOTIFY_OFF_MULTIPLIER);
            } else if (type == ISR_CFG && isr == null) {
                isr = check(d, w, bars, "ISR");
            } else if (type == DEVICE_CFG && device == null) {
                device = check(d, w, bars, "device");
            }
        }
        if (common == null || notify == null || isr == null) {
            throw new IllegalStateException(d + ": not a virtio 1.0 PCI device (missing the "
                    + (common == null ? "common" : notify == null ? "notify" : "ISR") + " configuration capability)");
        }
        if (multiplier < 0) {
            throw new IllegalStateException(d + ": notify_off_multiplier " + (multiplier & 0xFFFF_FFFFL) + " is absurd");
        }
        return new VirtioPciCaps(common, notify, multiplier, isr, device);
    }

    private static Window check(PciDevice d, Window w, List<PciBar> bars, String what) {
        PciBar b = null;
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).index() == w.bar()) {
                b = bars.get(i);
            }
        }
        if (b == null || !b.isMemory()) {
            throw new IllegalStateException(d + ": virtio " + what + " configuration is in BAR " + w.bar()
                    + ", which is not a memory BAR");
        }
        if (w.length() == 0 || w.offset() + w.length() > b.size()) {
            throw new IllegalStateException(d + ": virtio " + what + " configuration [0x" + Long.toHexString(w.offset())
                    + "+0x" + Long.toHexString(w.length()) + "] does not fit in " + b);
        }
        return w;
    }
}

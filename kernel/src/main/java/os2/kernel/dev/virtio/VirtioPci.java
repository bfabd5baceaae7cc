package os2.kernel.dev.virtio;

import java.util.List;
import os2.kernel.dev.pci.Pci;
import os2.kernel.dev.pci.PciBar;
import os2.kernel.dev.pci.PciDevice;
import os2.kernel.mem.DeviceMemory;
import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The virtio 1.0 PCI transport of one device (§4.1): its common configuration,
 * notification, ISR and device-specific windows mapped uncached, and the operations of
 * device initialisation (§3.1.1) and queue set-up (§4.1.5.1.3).
 */
public final class VirtioPci {
    // struct virtio_pci_common_cfg (§4.1.4.3)
    static final int DEVICE_FEATURE_SELECT = 0x00;
    static final int DEVICE_FEATURE = 0x04;
    static final int DRIVER_FEATURE_SELECT = 0x08;
    static final int DRIVER_FEATURE = 0x0C;
    static final int MSIX_CONFIG = 0x10;
    static final int NUM_QUEUES = 0x12;
    static final int DEVICE_STATUS = 0x14;
    static final int CONFIG_GENERATION = 0x15;
    static final int QUEUE_SELECT = 0x16;
    static final int QUEUE_SIZE = 0x18;
    static final int QUEUE_MSIX_VECTOR = 0x1A;
    static final int QUEUE_ENABLE = 0x1C;
    static final int QUEUE_NOTIFY_OFF = 0x1E;
    static final int QUEUE_DESC = 0x20;
    static final int QUEUE_DRIVER = 0x28;
    static final int QUEUE_DEVICE = 0x30;
    static final int COMMON_CFG_SIZE = 0x38;

    // Device status bits (§2.1)
    public static final int STATUS_ACKNOWLEDGE = 1;
    public static final int STATUS_DRIVER = 2;
    public static final int STATUS_DRIVER_OK = 4;
    public static final int STATUS_FEATURES_OK = 8;
    public static final int STATUS_NEEDS_RESET = 64;
    public static final int STATUS_FAILED = 128;

    /** VIRTIO_F_VERSION_1 (§6): the device is a 1.0 ("modern") device. */
    public static final long F_VERSION_1 = 1L << 32;
    /** ISR status bit 0 (§4.1.4.5): a queue interrupt; bit 1 a configuration change. */
    public static final int ISR_QUEUE = 1;
    public static final int ISR_CONFIG = 2;
    /** Polls of device_status after a reset before giving up. */
    static final int RESET_POLLS = 1_000_000;

    private final PciDevice pci;
    private final long common;
    private final long notify;
    private final long notifyLength;
    private final int notifyMultiplier;
    private final long isr;
    private final long device;
    private final long deviceLength;

    private VirtioPci(PciDevice pci, VirtioPciCaps caps, List<PciBar> bars) {
        this.pci = pci;
        this.common = map(caps.common(), bars, "common");
        if (caps.common().length() < COMMON_CFG_SIZE) {
            throw new IllegalStateException(pci + ": virtio common configuration is only " + caps.common().length()
                    + " bytes");
        }
        this.notify = map(caps.notifyWindow(), bars, "notify");
        this.notifyLength = caps.notifyWindow().length();
        this.notifyMultiplier = caps.notifyMultiplier();
        this.isr = map(caps.isr(), bars, "ISR");
        this.device = caps.device() == null ? 0 : map(caps.device(), bars, "device");
        this.deviceLength = caps.device() == null ? 0 : caps.device().length();
    }

    /**
     * Finds d's virtio structures, turns on memory decoding and bus mastering (the
     * device reads and writes the queues by DMA), and maps the windows.
     */
    public static VirtioPci attach(PciDevice d) {
        List<PciBar> bars = d.bars();
        VirtioPciCaps caps = VirtioPciCaps.parse(d, d.capabilities(), bars);
        d.writeCommand((d.command() | Pci.COMMAND_MEMORY | Pci.COMMAND_BUS_MASTER)
                & ~Pci.COMMAND_INTX_DISABLE);
        return new VirtioPci(d, caps, bars);
    }

    private long map(VirtioPciCaps.Window w, List<PciBar> bars, String what) {
        PciBar b = null;
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).index() == w.bar()) {
                b = bars.get(i);
            }
        }
        return DeviceMemory.map(b.address() + w.offset(), w.length(), "virtio " + what + " " + pci);
    }

    public PciDevice pci() {
        return pci;
    }

    public int status() {
        return Mem.read8(common + DEVICE_STATUS) & 0xFF;
    }

    /** Sets more status bits (the others stay). */
    public void addStatus(int bits) {
        Mem.write8(common + DEVICE_STATUS, (byte) (status() | bits));
    }

    /** Writes 0 to device_status and waits until the device reads back 0 (§4.1.4.3.2). */
    public void reset() {
        Mem.write8(common + DEVICE_STATUS, (byte) 0);
        for (int i = 0; i < RESET_POLLS; i++) {
            if (status() == 0) {
                return;
            }
        }
        throw new IllegalStateException(pci + ": virtio device did not reset");
    }

    /** All 64 feature bits the device offers. */
    public long deviceFeatures() {
        Mem.write32(common + DEVICE_FEATURE_SELECT, 0);
        long low = Mem.read32(common + DEVICE_FEATURE) & 0xFFFF_FFFFL;
        Mem.write32(common + DEVICE_FEATURE_SELECT, 1);
        long high = Mem.read32(common + DEVICE_FEATURE) & 0xFFFF_FFFFL;
        return high << 32 | low;
    }

    /** Tells the device which features the driver uses. */
    public void setDriverFeatures(long features) {
        Mem.write32(common + DRIVER_FEATURE_SELECT, 0);
        Mem.write32(common + DRIVER_FEATURE, (int) features);
        Mem.write32(common + DRIVER_FEATURE_SELECT, 1);
        Mem.write32(common + DRIVER_FEATURE, (int) (features >>> 32));
    }

    public int numQueues() {
        return Mem.read16(common + NUM_QUEUES) & 0xFFFF;
    }

    /** The largest size queue q may have; 0 if the queue does not exist. */
    public int queueMaxSize(int q) {
        Mem.write16(common + QUEUE_SELECT, (short) q);
        return Mem.read16(common + QUEUE_SIZE) & 0xFFFF;
    }

    /**
     * Gives queue q the memory of sq and enables it (§4.1.5.1.3). Returns the address
     * the driver writes q's index to, to notify the device (§4.1.4.4).
     */
    public long setUpQueue(int q, SplitQueue sq) {
        Mem.write16(common + QUEUE_SELECT, (short) q);
        Mem.write16(common + QUEUE_SIZE, (short) sq.size());
        Mem.write64(common + QUEUE_DESC, sq.descPhys());
        Mem.write64(common + QUEUE_DRIVER, sq.availPhys());
        Mem.write64(common + QUEUE_DEVICE, sq.usedPhys());
        long off = (long) (Mem.read16(common + QUEUE_NOTIFY_OFF) & 0xFFFF) * notifyMultiplier;
        if (off + 2 > notifyLength) {
            throw new IllegalStateException(pci + ": queue " + q + " notifies at 0x" + Long.toHexString(off)
                    + ", outside the notify window of 0x" + Long.toHexString(notifyLength) + " bytes");
        }
        Mem.write16(common + QUEUE_ENABLE, (short) 1);
        return notify + off;
    }

    /** Tells the device queue q has new available buffers. */
    public static void notifyQueue(long address, int q) {
        Mem.write16(address, (short) q);
    }

    /** Reads (and so clears, deasserting INTx) the ISR status (§4.1.4.5); interrupt context. */
    @NoAlloc
    public int readIsr() {
        return Mem.read8(isr) & 0xFF;
    }

    /**
     * Copies device-specific configuration bytes [offset, offset + out.length) into out,
     * again until config_generation is unchanged across the read (§4.1.4.3.1).
     */
    public void readDeviceConfig(int offset, byte[] out) {
        if (offset < 0 || offset + out.length > deviceLength) {
            throw new IllegalStateException(pci + ": device configuration has no bytes " + offset + ".."
                    + (offset + out.length - 1));
        }
        int before;
        int after;
        do {
            before = Mem.read8(common + CONFIG_GENERATION);
            for (int i = 0; i < out.length; i++) {
                out[i] = Mem.read8(device + offset + i);
            }
            after = Mem.read8(common + CONFIG_GENERATION);
        } while (before != after);
    }

    /** True if the device has a device-specific configuration of at least n bytes. */
    public boolean hasDeviceConfig(int n) {
        return deviceLength >= n;
    }
}

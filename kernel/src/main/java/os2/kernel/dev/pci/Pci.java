package os2.kernel.dev.pci;

import java.util.ArrayList;
import java.util.List;

/**
 * PCI enumeration: walks configuration space from bus 0 through every PCI-to-PCI
 * bridge and lists the functions found. Register offsets and bits are those of the PCI
 * Local Bus Specification 3.0 (§6.1, the type 0 and type 1 headers) and the PCI-to-PCI
 * Bridge Architecture Specification 1.2 (§3.2).
 */
public final class Pci {
    // Common header (§6.1, Figure 6-1)
    public static final int VENDOR_ID = 0x00;
    public static final int DEVICE_ID = 0x02;
    public static final int COMMAND = 0x04;
    public static final int STATUS = 0x06;
    /** Revision ID (byte 0x08), then class code: programming interface, subclass, base class. */
    public static final int CLASS_REVISION = 0x08;
    public static final int HEADER_TYPE = 0x0E;
    public static final int BAR0 = 0x10;
    public static final int BAR_COUNT = 6;
    /** Type 0 header: subsystem vendor ID and subsystem ID. */
    public static final int SUBSYSTEM_VENDOR_ID = 0x2C;
    public static final int SUBSYSTEM_ID = 0x2E;
    /** Capabilities pointer (§6.7), valid when STATUS_CAPABILITIES is set. */
    public static final int CAPABILITIES_POINTER = 0x34;
    /** Interrupt line (§6.2.4): the 8259 input the firmware routed INTx to; 0xFF unknown. */
    public static final int INTERRUPT_LINE = 0x3C;
    /** Interrupt pin: 0 none, 1..4 INTA#..INTD#. */
    public static final int INTERRUPT_PIN = 0x3D;
    /** Type 1 header (bridge spec §3.2.5.3): primary, secondary, subordinate bus numbers. */
    public static final int BRIDGE_BUSES = 0x18;

    /** A vendor ID that reads as all ones: no function there. */
    public static final int NO_VENDOR = 0xFFFF;

    // Command register bits (§6.2.2)
    public static final int COMMAND_IO = 1;
    public static final int COMMAND_MEMORY = 1 << 1;
    public static final int COMMAND_BUS_MASTER = 1 << 2;
    public static final int COMMAND_INTX_DISABLE = 1 << 10;
    /** Status register bit 4 (§6.2.3): the capabilities list exists. */
    public static final int STATUS_CAPABILITIES = 1 << 4;

    // Header type register (§6.2.1)
    public static final int HEADER_LAYOUT_MASK = 0x7F;
    public static final int HEADER_MULTIFUNCTION = 0x80;
    public static final int HEADER_DEVICE = 0;
    public static final int HEADER_BRIDGE = 1;
    public static final int HEADER_CARDBUS = 2;

    public static final int BUSES = 256;
    public static final int DEVICES_PER_BUS = 32;
    public static final int FUNCTIONS_PER_DEVICE = 8;

    private Pci() {
    }

    /**
     * Every function reachable from bus 0: each device's function 0, its other
     * functions when the header says multi-function, and the buses behind bridges
     * (each bus scanned once, so a misconfigured bridge cannot loop).
     */
    public static List<PciDevice> scan(ConfigSpace cfg) {
        List<PciDevice> found = new ArrayList<>();
        boolean[] seen = new boolean[BUSES];
        scanBus(cfg, 0, seen, found);
        return found;
    }

    private static void scanBus(ConfigSpace cfg, int bus, boolean[] seen, List<PciDevice> found) {
        if (seen[bus]) {
            return;
        }
        seen[bus] = true;
        for (int dev = 0; dev < DEVICES_PER_BUS; dev++) {
            if (cfg.read16(bus, dev, 0, VENDOR_ID) == NO_VENDOR) {
                continue;
            }
            boolean multi = (cfg.read8(bus, dev, 0, HEADER_TYPE) & HEADER_MULTIFUNCTION) != 0;
            for (int fn = 0; fn < (multi ? FUNCTIONS_PER_DEVICE : 1); fn++) {
                if (cfg.read16(bus, dev, fn, VENDOR_ID) == NO_VENDOR) {
                    continue;
                }
                PciDevice d = new PciDevice(cfg, bus, dev, fn);
                found.add(d);
                if (d.headerLayout() == HEADER_BRIDGE) {
                    int secondary = cfg.read8(bus, dev, fn, BRIDGE_BUSES + 1);
                    if (secondary != 0) {
                        scanBus(cfg, secondary, seen, found);
                    }
                }
            }
        }
    }

    /** "6 functions: 00:00.0 8086:1237 class 060000, ..." (the boot log line). */
    public static String describe(List<PciDevice> devices) {
        StringBuilder sb = new StringBuilder();
        sb.append(devices.size()).append(devices.size() == 1 ? " function" : " functions");
        for (int i = 0; i < devices.size(); i++) {
            sb.append(i == 0 ? ": " : ", ").append(devices.get(i));
        }
        return sb.toString();
    }

    /** The first function with this vendor and one of the device IDs, or null. */
    public static PciDevice find(List<PciDevice> devices, int vendor, int... deviceIds) {
        for (int i = 0; i < devices.size(); i++) {
            PciDevice d = devices.get(i);
            if (d.vendorId() != vendor) {
                continue;
            }
            for (int id : deviceIds) {
                if (d.deviceId() == id) {
                    return d;
                }
            }
        }
        return null;
    }
}

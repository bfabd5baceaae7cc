package os2.kernel.dev.pci;

import java.util.ArrayList;
import java.util.List;

/**
 * One PCI function: its identity (read once, at enumeration) and access to its
 * configuration registers, BARs and capabilities list.
 */
public final class PciDevice {
    /** At most 48 capabilities fit in the 192 bytes after the header (4 bytes each). */
    static final int MAX_CAPABILITIES = 48;
    /** Capabilities live after the 64-byte header (§6.7). */
    static final int FIRST_CAPABILITY_OFFSET = 0x40;
    static final int CONFIG_SPACE_SIZE = 256;
    /** The bottom two bits of a capability pointer are reserved and masked off (§6.7). */
    static final int CAPABILITY_POINTER_MASK = 0xFC;

    private final ConfigSpace cfg;
    private final int bus;
    private final int device;
    private final int function;
    private final int vendorId;
    private final int deviceId;
    private final int classRevision;
    private final int headerType;

    public PciDevice(ConfigSpace cfg, int bus, int device, int function) {
        this.cfg = cfg;
        this.bus = bus;
        this.device = device;
        this.function = function;
        this.vendorId = cfg.read16(bus, device, function, Pci.VENDOR_ID);
        this.deviceId = cfg.read16(bus, device, function, Pci.DEVICE_ID);
        this.classRevision = cfg.read32(bus, device, function, Pci.CLASS_REVISION);
        this.headerType = cfg.read8(bus, device, function, Pci.HEADER_TYPE);
    }

    public int bus() { return bus; }
    public int device() { return device; }
    public int function() { return function; }
    public int vendorId() { return vendorId; }
    public int deviceId() { return deviceId; }
    /** Base class, subclass and programming interface as 0xCCSSPP. */
    public int classCode() { return classRevision >>> 8; }
    public int revision() { return classRevision & 0xFF; }
    /** The header layout: {@link Pci#HEADER_DEVICE}, {@link Pci#HEADER_BRIDGE} or {@link Pci#HEADER_CARDBUS}. */
    public int headerLayout() { return headerType & Pci.HEADER_LAYOUT_MASK; }

    public int read8(int offset) { return cfg.read8(bus, device, function, offset); }
    public int read16(int offset) { return cfg.read16(bus, device, function, offset); }
    public int read32(int offset) { return cfg.read32(bus, device, function, offset); }
    public void write32(int offset, int value) { cfg.write32(bus, device, function, offset, value); }

    public int command() {
        return read16(Pci.COMMAND);
    }

    /**
     * Writes the command register. The dword write carries zeros into the status
     * register above it, whose error bits are write-one-to-clear, so none is cleared.
     */
    public void writeCommand(int value) {
        write32(Pci.COMMAND, value & 0xFFFF);
    }

    /** The interrupt line the firmware routed INTx to (an 8259 input 0..15), or -1. */
    public int interruptLine() {
        int line = read8(Pci.INTERRUPT_LINE);
        return line < 16 && read8(Pci.INTERRUPT_PIN) != 0 ? line : -1;
    }

    /** INTA#..INTD# as 1..4, or 0 for no interrupt pin. */
    public int interruptPin() {
        return read8(Pci.INTERRUPT_PIN);
    }

    /** How many BARs this header layout has (6 for a device, 2 for a bridge, none otherwise). */
    public int barCount() {
        int layout = headerLayout();
        return layout == Pci.HEADER_DEVICE ? Pci.BAR_COUNT : layout == Pci.HEADER_BRIDGE ? 2 : 0;
    }

    /**
     * Decodes every BAR, sizing each by the write-ones method with I/O and memory
     * decoding off meanwhile (so the device never answers at the all-ones address), and
     * restores the original values and command register. The upper half of a 64-bit
     * BAR appears as an {@link PciBar#UNUSED} entry at its index.
     */
    public List<PciBar> bars() {
        int count = barCount();
        List<PciBar> out = new ArrayList<>();
        int command = command();
        writeCommand(command & ~(Pci.COMMAND_IO | Pci.COMMAND_MEMORY));
        try {
            for (int i = 0; i < count; i++) {
                int reg = Pci.BAR0 + 4 * i;
                int low = read32(reg);
                int lowOnes = sizeProbe(reg, low);
                boolean is64 = (low & PciBar.SPACE_IO) == 0 && (low & PciBar.MEM_TYPE_MASK) == PciBar.MEM_TYPE_64;
                if (is64 && i + 1 < count) {
                    int high = read32(reg + 4);
                    int highOnes = sizeProbe(reg + 4, high);
                    out.add(PciBar.decode(i, low, high, lowOnes, highOnes));
                    out.add(new PciBar(i + 1, PciBar.UNUSED, false, 0, 0));
                    i++;
                } else if (is64 || (low & PciBar.SPACE_IO) == 0 && (low & PciBar.MEM_TYPE_MASK) != PciBar.MEM_TYPE_32) {
                    out.add(new PciBar(i, PciBar.UNUSED, false, 0, 0));   // malformed: ignored, not used
                } else {
                    out.add(PciBar.decode(i, low, 0, lowOnes, 0));
                }
            }
        } finally {
            writeCommand(command);
        }
        return out;
    }

    /** Writes all ones to a BAR register, reads the result, restores the original. */
    private int sizeProbe(int reg, int original) {
        write32(reg, -1);
        int ones = read32(reg);
        write32(reg, original);
        return ones;
    }

    /**
     * The capabilities list in order. Refuses (IllegalStateException) a pointer into the
     * header or past the end, and stops a list that loops after {@link #MAX_CAPABILITIES}
     * entries: configuration space is the device's to get wrong.
     */
    public List<PciCapability> capabilities() {
        List<PciCapability> out = new ArrayList<>();
        if ((read16(Pci.STATUS) & Pci.STATUS_CAPABILITIES) == 0) {
            return out;
        }
        int next = read8(Pci.CAPABILITIES_POINTER) & CAPABILITY_POINTER_MASK;
        while (next != 0) {
            if (next < FIRST_CAPABILITY_OFFSET || next > CONFIG_SPACE_SIZE - 4) {
                throw new IllegalStateException(this + ": capability pointer 0x" + Integer.toHexString(next)
                        + " is outside 0x40..0xfc");
            }
            if (out.size() == MAX_CAPABILITIES) {
                throw new IllegalStateException(this + ": capabilities list longer than " + MAX_CAPABILITIES
                        + " entries (a loop?)");
            }
            out.add(new PciCapability(read8(next), next));
            next = read8(next + 1) & CAPABILITY_POINTER_MASK;
        }
        return out;
    }

    /** "00:03.0 1af4:1041 class 020000". */
    @Override
    public String toString() {
        return hex2(bus) + ":" + hex2(device) + "." + function + " " + hex4(vendorId) + ":" + hex4(deviceId)
                + " class " + hex6(classCode());
    }

    private static String hex2(int v) {
        String s = Integer.toHexString(v);
        return s.length() < 2 ? "0" + s : s;
    }

    private static String hex4(int v) {
        String s = Integer.toHexString(v);
        while (s.length() < 4) {
            s = "0" + s;
        }
        return s;
    }

    private static String hex6(int v) {
        String s = Integer.toHexString(v);
        while (s.length() < 6) {
            s = "0" + s;
        }
        return s;
    }
}

package os2.kernel.dev.pci;

import os2.rt.Port;

/**
 * Configuration mechanism #1 (PCI Local Bus Specification 3.0, §3.2.2.3.2): the
 * address of a dword goes to CONFIG_ADDRESS (port 0xCF8), its value moves through
 * CONFIG_DATA (port 0xCFC). One CPU and no interrupt handler touches configuration
 * space, so the two-step access needs no lock.
 */
public final class PortConfigSpace implements ConfigSpace {
    /** CONFIG_ADDRESS. */
    static final int CONFIG_ADDRESS = 0xCF8;
    /** CONFIG_DATA. */
    static final int CONFIG_DATA = 0xCFC;
    /** CONFIG_ADDRESS bit 31: the access goes to configuration space. */
    static final int ENABLE = 1 << 31;

    /** The address word for a register (bus 23:16, device 15:11, function 10:8, register 7:2). */
    static int address(int bus, int device, int function, int offset) {
        return ENABLE | (bus & 0xFF) << 16 | (device & 0x1F) << 11 | (function & 7) << 8 | (offset & 0xFC);
    }

    @Override
    public int read32(int bus, int device, int function, int offset) {
        Port.out32(CONFIG_ADDRESS, address(bus, device, function, offset));
        return Port.in32(CONFIG_DATA);
    }

    @Override
    public void write32(int bus, int device, int function, int offset, int value) {
        Port.out32(CONFIG_ADDRESS, address(bus, device, function, offset));
        Port.out32(CONFIG_DATA, value);
    }
}

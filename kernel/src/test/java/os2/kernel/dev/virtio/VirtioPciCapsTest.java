package os2.kernel.dev.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import os2.kernel.dev.pci.FakeConfigSpace;
import os2.kernel.dev.pci.Pci;
import os2.kernel.dev.pci.PciCapability;
import os2.kernel.dev.pci.PciDevice;

/** The virtio capabilities of a device laid out as QEMU's virtio-net-pci (disable-legacy=on) has them. */
class VirtioPciCapsTest {
    FakeConfigSpace cfg = new FakeConfigSpace();
    FakeConfigSpace.Function f = cfg.add(0, 3, 0, 0x1AF4, 0x1041, Pci.HEADER_DEVICE);
    int next = 0x40;
    int previous = -1;

    VirtioPciCapsTest() {
        f.set16(Pci.STATUS, Pci.STATUS_CAPABILITIES);
        f.bar(1, 0xFEBD_1000, 0x1000);                  // MSI-X table
        f.bar64(4, 0xFE00_0000L, true, 0x4000);          // the virtio structures
    }

    /** Appends a capability of len bytes to the list; returns its offset. */
    int cap(int id, int len) {
        int at = next;
        f.set8(at, id);
        f.set8(at + 1, 0);
        f.set8(at + 2, len);
        if (previous < 0) {
            f.set8(Pci.CAPABILITIES_POINTER, at);
        } else {
            f.set8(previous + 1, at);
        }
        previous = at;
        next += (len + 3) & ~3;
        return at;
    }

    int virtio(int type, int bar, int offset, int length) {
        int at = cap(PciCapability.ID_VENDOR, type == VirtioPciCaps.NOTIFY_CFG ? 20 : 16);
        f.set8(at + 3, type);
        f.set8(at + 4, bar);
        f.set32(at + 8, offset);
        f.set32(at + 12, length);
        return at;
    }

    VirtioPciCaps parse() {
        PciDevice d = new PciDevice(cfg, 0, 3, 0);
        return VirtioPciCaps.parse(d, d.capabilities(), d.bars());
    }

    @Test
    void findsEachStructureAndTheNotifyMultiplier() {
        cap(PciCapability.ID_MSIX, 12);
        virtio(VirtioPciCaps.COMMON_CFG, 4, 0x0, 0x1000);
        virtio(VirtioPciCaps.ISR_CFG, 4, 0x1000, 0x1000);
        virtio(VirtioPciCaps.DEVICE_CFG, 4, 0x2000, 0x1000);
        int n = virtio(VirtioPciCaps.NOTIFY_CFG, 4, 0x3000, 0x1000);
        f.set32(n + 16, 4);
        virtio(VirtioPciCaps.PCI_CFG, 0, 0, 0);        // the access window: ignored
        virtio(VirtioPciCaps.COMMON_CFG, 4, 0x800, 0x100);   // a second choice: the first wins
        VirtioPciCaps c = parse();
        assertEquals(new VirtioPciCaps.Window(4, 0, 0x1000), c.common());
        assertEquals(new VirtioPciCaps.Window(4, 0x1000, 0x1000), c.isr());
        assertEquals(new VirtioPciCaps.Window(4, 0x2000, 0x1000), c.device());
        assertEquals(new VirtioPciCaps.Window(4, 0x3000, 0x1000), c.notifyWindow());
        assertEquals(4, c.notifyMultiplier());
    }

    @Test
    void aDeviceWithoutDeviceConfigurationIsFine() {
        virtio(VirtioPciCaps.COMMON_CFG, 4, 0x0, 0x1000);
        virtio(VirtioPciCaps.ISR_CFG, 4, 0x1000, 0x1000);
        virtio(VirtioPciCaps.NOTIFY_CFG, 4, 0x3000, 0x1000);
        assertNull(parse().device());
    }

    @Test
    void missingOrMisplacedStructuresAreRefusedWithTheReason() {
        virtio(VirtioPciCaps.COMMON_CFG, 4, 0x0, 0x1000);
        virtio(VirtioPciCaps.ISR_CFG, 4, 0x1000, 0x1000);
        assertMessage("missing the notify configuration capability");

        int n = virtio(VirtioPciCaps.NOTIFY_CFG, 2, 0x3000, 0x1000);
        assertMessage("virtio notify configuration is in BAR 2, which is not a memory BAR");
        f.set8(n + 4, 4);
        f.set32(n + 8, 0x3800);   // 0x3800 + 0x1000 > 0x4000
        assertMessage("does not fit in BAR4");
        f.set32(n + 8, 0x3000);
        f.set8(n + 2, 16);        // a notify capability without its multiplier
        assertMessage("is 16 bytes long");
    }

    private void assertMessage(String part) {
        IllegalStateException e = assertThrows(IllegalStateException.class, this::parse);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}

package os2.kernel.dev.pci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PciTest {
    @Test
    void configAddressFollowsMechanismOne() {
        assertEquals(0x8000_0000 | 1 << 16 | 3 << 11 | 2 << 8 | 0x3C, PortConfigSpace.address(1, 3, 2, 0x3D));
        assertEquals(0x80FF_FFFC, PortConfigSpace.address(255, 31, 7, 0xFF));
    }

    @Test
    void decodesIoAnd32And64BitMemoryBars() {
        PciBar io = PciBar.decode(0, 0xC041, 0, 0xFFFF_FFE1, 0);
        assertEquals(PciBar.IO, io.kind());
        assertEquals(0xC040, io.address());
        assertEquals(0x20, io.size());
        // an I/O BAR whose upper 16 bits are hard-wired to zero
        assertEquals(0x20, PciBar.decode(0, 0xC041, 0, 0x0000_FFE1, 0).size());

        PciBar m32 = PciBar.decode(1, 0xFEB0_0000, 0, 0xFFFF_F000, 0);
        assertEquals(PciBar.MEMORY32, m32.kind());
        assertEquals(0xFEB0_0000L, m32.address());
        assertEquals(0x1000, m32.size());
        assertFalse(m32.prefetchable());

        PciBar m64 = PciBar.decode(4, 0xFE00_000C, 0x1, 0xFFFF_C00C, 0xFFFF_FFFF);
        assertEquals(PciBar.MEMORY64, m64.kind());
        assertTrue(m64.prefetchable());
        assertEquals(0x1_FE00_0000L, m64.address());
        assertEquals(0x4000, m64.size());

        // larger than 4 GiB: the size comes from the upper half too
        assertEquals(1L << 33, PciBar.decode(0, 0x4, 0, 0x4, 0xFFFF_FFFE).size());
        assertEquals(PciBar.UNUSED, PciBar.decode(2, 0, 0, 0, 0).kind());
    }

    @Test
    void refusesReservedTypeAndA64BitBarInTheLastSlot() {
        assertThrows(IllegalArgumentException.class, () -> PciBar.decode(0, 0x2, 0, 0xFFFF_F002, 0));
        assertThrows(IllegalArgumentException.class, () -> PciBar.decode(5, 0x4, 0, 0xFFFF_F004, 0));
    }

    @Property
    void sizingFindsEveryPowerOfTwoMemorySize(@ForAll @IntRange(min = 4, max = 40) int log2) {
        FakeConfigSpace cfg = new FakeConfigSpace();
        long size = 1L << log2;
        long address = size << 1;   // aligned to its size, as firmware places it
        cfg.add(0, 3, 0, 0x1AF4, 0x1041, Pci.HEADER_DEVICE).bar64(2, address, true, size);
        PciDevice d = new PciDevice(cfg, 0, 3, 0);
        List<PciBar> bars = d.bars();
        assertEquals(6, bars.size());
        assertEquals(new PciBar(2, PciBar.MEMORY64, true, address, size), bars.get(2));
        assertEquals(PciBar.UNUSED, bars.get(3).kind());
        assertEquals((int) address | PciBar.MEM_TYPE_64 | PciBar.MEM_PREFETCHABLE, d.read32(Pci.BAR0 + 8),
                "the probe restores the BAR");
    }

    @Test
    void sizingTurnsDecodingOffAndRestoresTheCommandRegister() {
        FakeConfigSpace cfg = new FakeConfigSpace();
        FakeConfigSpace.Function f = cfg.add(0, 4, 0, 0x8086, 0x100E, Pci.HEADER_DEVICE);
        f.set16(Pci.COMMAND, Pci.COMMAND_IO | Pci.COMMAND_MEMORY | Pci.COMMAND_BUS_MASTER);
        f.bar(0, 0xFEBC_0000, 0x20000);
        f.bar(1, 0xC001, 0x40);
        PciDevice d = new PciDevice(cfg, 0, 4, 0);
        List<PciBar> bars = d.bars();
        assertEquals(new PciBar(0, PciBar.MEMORY32, false, 0xFEBC_0000L, 0x20000), bars.get(0));
        assertEquals(new PciBar(1, PciBar.IO, false, 0xC000, 0x40), bars.get(1));
        assertEquals(PciBar.UNUSED, bars.get(5).kind());
        assertEquals(Pci.COMMAND_IO | Pci.COMMAND_MEMORY | Pci.COMMAND_BUS_MASTER, d.command());
    }

    @Test
    void capabilitiesListInOrderAndMasksReservedBits() {
        FakeConfigSpace cfg = new FakeConfigSpace();
        FakeConfigSpace.Function f = cfg.add(0, 3, 0, 0x1AF4, 0x1041, Pci.HEADER_DEVICE);
        f.set16(Pci.STATUS, Pci.STATUS_CAPABILITIES);
        f.set8(Pci.CAPABILITIES_POINTER, 0x98 | 0x3);   // reserved low bits set: masked off
        f.set8(0x98, PciCapability.ID_MSIX);
        f.set8(0x99, 0x84);
        f.set8(0x84, PciCapability.ID_VENDOR);
        f.set8(0x85, 0x40);
        f.set8(0x40, PciCapability.ID_VENDOR);
        f.set8(0x41, 0);
        List<PciCapability> caps = new PciDevice(cfg, 0, 3, 0).capabilities();
        assertEquals(List.of(new PciCapability(PciCapability.ID_MSIX, 0x98),
                new PciCapability(PciCapability.ID_VENDOR, 0x84), new PciCapability(PciCapability.ID_VENDOR, 0x40)),
                caps);
    }

    @Test
    void noCapabilitiesWithoutTheStatusBitAndHostileListsAreRefused() {
        FakeConfigSpace cfg = new FakeConfigSpace();
        FakeConfigSpace.Function f = cfg.add(0, 3, 0, 0x1AF4, 0x1041, Pci.HEADER_DEVICE);
        f.set8(Pci.CAPABILITIES_POINTER, 0x40);
        f.set8(0x40, PciCapability.ID_VENDOR);
        f.set8(0x41, 0x40);   // points at itself
        PciDevice d = new PciDevice(cfg, 0, 3, 0);
        assertTrue(d.capabilities().isEmpty(), "status bit 4 clear: no list");
        f.set16(Pci.STATUS, Pci.STATUS_CAPABILITIES);
        IllegalStateException loop = assertThrows(IllegalStateException.class, d::capabilities);
        assertTrue(loop.getMessage().contains("a loop?"), loop.getMessage());
        f.set8(0x41, 0x20);   // into the header
        IllegalStateException header = assertThrows(IllegalStateException.class, d::capabilities);
        assertTrue(header.getMessage().contains("pointer 0x20 is outside 0x40..0xfc"), header.getMessage());
    }

    @Test
    void scanFindsMultifunctionDevicesAndBusesBehindBridges() {
        FakeConfigSpace cfg = new FakeConfigSpace();
        cfg.add(0, 0, 0, 0x8086, 0x1237, Pci.HEADER_DEVICE);
        cfg.add(0, 1, 0, 0x8086, 0x7000, Pci.HEADER_DEVICE | Pci.HEADER_MULTIFUNCTION);
        cfg.add(0, 1, 3, 0x8086, 0x7113, Pci.HEADER_DEVICE);
        cfg.add(0, 2, 5, 0x1234, 0x5678, Pci.HEADER_DEVICE);   // not multi-function: fn 5 is not looked at
        FakeConfigSpace.Function bridge = cfg.add(0, 30, 0, 0x1B36, 0x0001, Pci.HEADER_BRIDGE);
        bridge.set8(Pci.BRIDGE_BUSES + 1, 1);
        cfg.add(1, 0, 0, 0x1AF4, 0x1041, Pci.HEADER_DEVICE);
        FakeConfigSpace.Function loop = cfg.add(1, 5, 0, 0x1B36, 0x0001, Pci.HEADER_BRIDGE);
        loop.set8(Pci.BRIDGE_BUSES + 1, 0);   // secondary bus 0: never rescanned
        List<PciDevice> found = Pci.scan(cfg);
        assertEquals("6 functions: 00:00.0 8086:1237 class 000000, 00:01.0 8086:7000 class 000000, "
                + "00:01.3 8086:7113 class 000000, 00:1e.0 1b36:0001 class 000000, 01:00.0 1af4:1041 class 000000, "
                + "01:05.0 1b36:0001 class 000000", Pci.describe(found));
        PciDevice nic = Pci.find(found, 0x1AF4, 0x1000, 0x1041);
        assertEquals(1, nic.bus());
        assertEquals(null, Pci.find(found, 0x1AF4, 0x1000));
    }

    @Test
    void interruptLineIsOnlyReportedForAPinRoutedToThePic() {
        FakeConfigSpace cfg = new FakeConfigSpace();
        FakeConfigSpace.Function f = cfg.add(0, 3, 0, 0x1AF4, 0x1041, Pci.HEADER_DEVICE);
        PciDevice d = new PciDevice(cfg, 0, 3, 0);
        f.set8(Pci.INTERRUPT_LINE, 11);
        assertEquals(-1, d.interruptLine(), "no pin");
        f.set8(Pci.INTERRUPT_PIN, 1);
        assertEquals(11, d.interruptLine());
        f.set8(Pci.INTERRUPT_LINE, 0xFF);
        assertEquals(-1, d.interruptLine(), "0xff: not routed");
    }
}

package os2.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JVM simulations behind the intrinsics behave like the hardware they stand for. */
class SimulationTest {
    @BeforeEach
    void fresh() {
        SimMemory.reset();
        SimPorts.reset();
        SimCpu.reset();
    }

    @Test
    void memoryIsLittleEndianAndStartsZeroed() {
        long a = 0xFFFF_8000_0010_0FFCL; // straddles a page boundary, upper half
        assertEquals(0, Mem.read64(a));
        Mem.write64(a, 0x1122334455667788L);
        assertEquals((byte) 0x88, Mem.read8(a));
        assertEquals(0x55667788, Mem.read32(a));
        assertEquals((short) 0x1122, Mem.read16(a + 6));
        assertEquals(0x1122334455667788L, Mem.read64(a));
    }

    @Test
    void copyHandlesOverlapBothWays() {
        for (int i = 0; i < 8; i++) {
            Mem.write8(0x1000 + i, (byte) i);
        }
        Mem.copy(0x1002, 0x1000, 6); // forward overlap: must copy from the end
        assertEquals(0x0504030201000100L, Mem.read64(0x1000));
        Mem.copy(0x1000, 0x1002, 6); // backward overlap
        assertEquals(0x0504050403020100L, Mem.read64(0x1000));
        Mem.fill(0x1000, (byte) 0xAB, 3);
        assertEquals(0xABABAB, Mem.read32(0x1000) & 0xFFFFFF);
    }

    @Test
    void symbolsMustBeDefined() {
        SimMemory.get().defineSymbol("_text_start", 0xFFFF_FFFF_8010_0000L);
        assertEquals(0xFFFF_FFFF_8010_0000L, Mem.symbol("_text_start"));
        assertThrows(IllegalStateException.class, () -> Mem.symbol("_nope"));
    }

    @Test
    void portsReachDevicesAndEmptyPortsReadAllOnes() {
        int[] last = new int[1];
        SimPorts.get().attach(0x3F8, new SimPorts.Device() {
            public int in(int port, int width) {
                return 0x41;
            }

            public void out(int port, int width, int value) {
                last[0] = value;
            }
        });
        Port.out8(0x3F8, 0x1FF); // out8 keeps the low byte
        assertEquals(0xFF, last[0]);
        assertEquals(0x41, Port.in8(0x3F8));
        assertEquals(0xFF, Port.in8(0x80));
        assertEquals(1, SimPorts.get().writes().size());
    }

    @Test
    void cpuStateIsRecorded() {
        Cpu.sti();
        assertTrue(SimCpu.get().interrupts);
        assertEquals(0x202, Cpu.rflags());
        Cpu.cli();
        assertFalse(SimCpu.get().interrupts);
        Cpu.wrmsr(0xC0000080, 0x901);
        assertEquals(0x901, Cpu.rdmsr(0xC0000080));
        Cpu.writeCr3(0x5000);
        Cpu.invlpg(0x7000);
        assertEquals(0x5000, Cpu.readCr3());
        assertEquals(1, SimCpu.get().tlbFlushes);
        assertEquals(0x7000L, SimCpu.get().invlpgs.get(0));
        long t0 = Cpu.rdtsc();
        assertTrue(Cpu.rdtsc() > t0);
    }
}

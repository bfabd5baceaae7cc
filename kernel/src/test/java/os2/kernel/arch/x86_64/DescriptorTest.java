package os2.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import os2.rt.Mem;
import os2.rt.SimMemory;

/** Descriptor encodings against the SDM vol. 3A bit layouts (Figures 3-8, 6-8, 8-4, 8-11). */
class DescriptorTest {
    @BeforeEach
    void freshMemory() {
        SimMemory.reset();
    }

    @Test
    void codeAndDataSegments() {
        assertEquals(0x00AF9A000000FFFFL, Gdt.code64(0));   // P, DPL 0, code exec/read, L, G
        assertEquals(0x00CF92000000FFFFL, Gdt.data(0));     // P, DPL 0, data read/write, D/B... G
        assertEquals(0x00AFFA000000FFFFL, Gdt.code64(3));
        assertEquals(0x00CFF2000000FFFFL, Gdt.data(3));
    }

    @Test
    void tssDescriptorSplitsBaseAndLimit() {
        long base = 0x123456789ABCDEF0L;
        assertEquals(0x9A0089BCDEF00067L, Gdt.tssLow(base, Tss.SIZE - 1));
        assertEquals(0x12345678L, Gdt.tssHigh(base));
    }

    @Test
    void gdtLayoutMatchesSelectors() {
        Gdt.write(0x1000, 0xFFFFFFFF80200000L);
        assertEquals(0, Mem.read64(0x1000));
        assertEquals(Gdt.code64(0), Mem.read64(0x1000 + Gdt.KERNEL_CODE));
        assertEquals(Gdt.data(0), Mem.read64(0x1000 + Gdt.KERNEL_DATA));
        assertEquals(Gdt.data(3), Mem.read64(0x1000 + (Gdt.USER_DATA & ~3)));
        assertEquals(Gdt.code64(3), Mem.read64(0x1000 + (Gdt.USER_CODE & ~3)));
        assertEquals(Gdt.tssLow(0xFFFFFFFF80200000L, 103), Mem.read64(0x1000 + Gdt.TSS));
        assertEquals(0xFFFFFFFFL, Mem.read64(0x1000 + Gdt.TSS + 8));
        // syscall/sysret: user SS = base + 8, user CS = base + 16 (SDM vol. 3A §5.8.8)
        assertEquals(Gdt.USER_DATA & ~3, (Gdt.KERNEL_DATA & ~3) + 8);
        assertEquals(Gdt.USER_CODE & ~3, (Gdt.KERNEL_DATA & ~3) + 16);
    }

    @Test
    void pointerIsLimitThenBase() {
        Gdt.writePointer(0x2000, 55, 0xFFFFFFFF80001000L);
        assertEquals(55, Mem.read16(0x2000));
        assertEquals(0xFFFFFFFF80001000L, Mem.read64(0x2002));
    }

    @Test
    void interruptGate() {
        long h = 0xFFFFFFFF80101234L;
        assertEquals(0x80108E0100081234L, Idt.gateLow(h, Gdt.KERNEL_CODE, 1, 0));
        assertEquals(0xFFFFFFFFL, Idt.gateHigh(h));
    }

    @Test
    void idtPointsVectorsAtStubsWithIstForCriticalOnes() {
        long stubs = 0xFFFFFFFF80100000L;
        Idt.write(0x10000, stubs);
        for (int v = 0; v < 256; v++) {
            long lo = Mem.read64(0x10000 + 16L * v);
            if (v >= TrapFrame.STUB_COUNT) {
                assertEquals(0, lo, "vector " + v);
                continue;
            }
            long h = stubs + 16L * v;
            int dpl = v == Idt.VEC_BREAKPOINT ? 3 : 0;   // int3 may come from user mode (#BP, not #GP)
            assertEquals(Idt.gateLow(h, 8, Idt.istFor(v), dpl), lo, "vector " + v);
            assertEquals(dpl, (int) (lo >>> 45) & 3, "DPL of vector " + v);
            int ist = (int) (lo >>> 32) & 7;
            assertEquals(v == 8 ? 1 : v == 2 ? 2 : v == 18 ? 3 : 0, ist, "vector " + v);
        }
    }

    @Test
    void tssHoldsIstStacksAtTheirOffsets() {
        Tss.write(0x3000, 0x1111222233334444L, new long[] {0xAAAA0000L, 0xBBBB0000L, 0xCCCC0000L});
        assertEquals(0x33334444, Mem.read32(0x3004));
        assertEquals(0x11112222, Mem.read32(0x3008));
        assertEquals(0xAAAA0000L, Mem.read32(0x3000 + 36) & 0xFFFFFFFFL);
        assertEquals(0xCCCC0000L, Mem.read32(0x3000 + 36 + 16) & 0xFFFFFFFFL);
        assertEquals(Tss.SIZE, Mem.read16(0x3000 + 102));
    }

    @Test
    void exceptionReportsDecodeErrorCodes() {
        assertEquals("not-present W (write) S (supervisor)", Exceptions.decodePageFault(2));
        assertEquals("P (protection) R (read) U (user) I (fetch)", Exceptions.decodePageFault(0x15));
        assertEquals("GDT index 5", Exceptions.decodeSelector(0x28));
        assertEquals("IDT index 200 (external)", Exceptions.decodeSelector(200 * 8 + 3));
        String d = Exceptions.describe(14, 2, 0x1000, 0xdead);
        assertEquals("CPU exception #PF page fault (vector 14) at rip=0x1000, error 0x2 "
                + "[not-present W (write) S (supervisor)], cr2=0xdead", d);
        assertEquals("CPU exception #DE divide error (vector 0) at rip=0x10", Exceptions.describe(0, 0, 0x10, 0));
    }

    @Test
    void pitCountsAndTscConversion() {
        assertEquals(1193, Pit.countFor(1_000_000L));
        assertEquals(Pit.MAX_COUNT, Pit.countFor(1_000_000_000L));
        assertEquals(1, Pit.countFor(-5));
        assertEquals(2_000_000_000L, Clock.hzFrom(40_000_000L, (int) (Pit.FREQUENCY / 50)), 2_000_000L);
        long hz = 3_000_000_000L;
        assertEquals(1_000_000_000L * 3600, Clock.toNanos(hz * 3600, hz));
        assertEquals(333, Clock.toNanos(1000, hz));
    }
}

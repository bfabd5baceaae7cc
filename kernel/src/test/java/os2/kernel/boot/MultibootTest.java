package os2.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import os2.kernel.mem.MemoryMapEntry;
import os2.kernel.mem.PhysMap;
import os2.rt.SimMemory;

class MultibootTest {
    private SimMemory mem;

    @BeforeEach
    void setUp() {
        mem = SimMemory.reset();
        PhysMap.setOffset(0);
    }

    private void string(long addr, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length; i++) {
            mem.write8(addr + i, b[i]);
        }
        mem.write8(addr + b.length, (byte) 0);
    }

    private void mmapEntry(long at, long base, long len, int type) {
        mem.write32(at, 20);
        mem.write64(at + 4, base);
        mem.write64(at + 12, len);
        mem.write32(at + 20, type);
    }

    /** An information structure as QEMU lays it out: mem, cmdline, mods, mmap, loader name. */
    private long qemuLike() {
        long info = 0x9500;
        int flags = Multiboot.F_MEM | Multiboot.F_CMDLINE | Multiboot.F_MODS | Multiboot.F_MMAP | Multiboot.F_LOADER_NAME;
        mem.write32(info, flags);
        mem.write32(info + 4, 639);
        mem.write32(info + 8, 130_944);
        string(0x9800, "build/kernel32.elf test=all log=warn");
        mem.write32(info + 16, 0x9800);
        mem.write32(info + 20, 2);
        mem.write32(info + 24, 0x9900);
        mem.write32(0x9900, 0x200000);
        mem.write32(0x9904, 0x201234);
        string(0x9a00, "init.elf");
        mem.write32(0x9908, 0x9a00);
        mem.write32(0x9910, 0x202000);
        mem.write32(0x9914, 0x202010);
        mem.write32(0x9918, 0);
        mmapEntry(0x9c00, 0, 0x9fc00, 1);
        mmapEntry(0x9c18, 0x9fc00, 0x400, 2);
        mmapEntry(0x9c30, 0x100000, 0x7ee0000, 1);
        mem.write32(info + 44, 3 * 24);
        mem.write32(info + 48, 0x9c00);
        string(0x9d00, "qemu");
        mem.write32(info + 64, 0x9d00);
        return info;
    }

    @Test
    void parsesEverythingQemuPasses() {
        BootInfo b = Multiboot.parse(Multiboot.BOOT_MAGIC, qemuLike());
        assertEquals("qemu", b.loaderName());
        assertEquals("all", b.commandLine().get("test"));
        assertEquals("warn", b.commandLine().get("log"));
        assertEquals(639, b.memLowerKiB());
        assertEquals(130_944, b.memUpperKiB());
        assertEquals(3, b.memoryMap().size());
        assertEquals(new MemoryMapEntry(0x100000, 0x7ee0000, 1), b.memoryMap().get(2));
        assertEquals(0x9fc00L + 0x7ee0000L, b.availableBytes());
        assertEquals(2, b.modules().size());
        assertEquals(0x1234, b.modules().get(0).size());
        assertEquals("init.elf", b.modules().get(0).string());
        assertEquals("", b.modules().get(1).string());
    }

    @Test
    void readsThroughThePhysMapOffset() {
        long info = qemuLike();
        SimMemory shifted = SimMemory.reset();
        // the same bytes, seen through a window at +1 GiB
        for (long a = 0x9000; a < 0xa000; a++) {
            shifted.write8(a + (1L << 30), mem.read8(a));
        }
        PhysMap.setOffset(1L << 30);
        try {
            BootInfo b = Multiboot.parse(Multiboot.BOOT_MAGIC, info);
            assertEquals("qemu", b.loaderName());
            assertEquals(3, b.memoryMap().size());
        } finally {
            PhysMap.setOffset(0);
        }
    }

    @Test
    void absentFieldsAreEmpty() {
        mem.write32(0x1000, 0);
        BootInfo b = Multiboot.parse(Multiboot.BOOT_MAGIC, 0x1000);
        assertEquals("", b.commandLine().text());
        assertTrue(b.memoryMap().isEmpty());
        assertTrue(b.modules().isEmpty());
    }

    @Test
    void rejectsAWrongMagic() {
        assertThrows(IllegalStateException.class, () -> Multiboot.parse(0x12345678, 0x1000));
    }
}

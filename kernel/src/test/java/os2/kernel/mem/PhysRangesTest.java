package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhysRangesTest {
    private static String show(PhysRanges r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.count(); i++) {
            sb.append(Long.toHexString(r.base(i))).append('-').append(Long.toHexString(r.end(i))).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void availableEntriesAreShrunkToPagesSortedAndMerged() {
        PhysRanges r = PhysRanges.availableRam(List.of(
                new MemoryMapEntry(0x100000, 0x100000, 1),
                new MemoryMapEntry(0x10, 0x9FC00 - 0x10, 1),
                new MemoryMapEntry(0x200000, 0x1000, 1),
                new MemoryMapEntry(0x9FC00, 0x400, 2),
                new MemoryMapEntry(0x1_0000_0000L, 0x800, 1)));
        assertEquals("1000-9f000 100000-201000", show(r));
        assertEquals(0x9E000 + 0x101000, r.totalBytes());
    }

    @Test
    void removalSplitsAndTrims() {
        PhysRanges r = new PhysRanges();
        r.add(0x100000, 0x800000);
        r.remove(0x200010, 0x200020);
        r.remove(0, 0x180000);
        r.remove(0x7FF000, 0x900000);
        assertEquals("180000-200000 201000-7ff000", show(r));
    }
}

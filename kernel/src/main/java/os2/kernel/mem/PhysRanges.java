package os2.kernel.mem;

import java.util.List;

/**
 * A set of physical address ranges, kept sorted and disjoint, page-granular. Used once at
 * boot to turn the firmware memory map into "RAM we may hand out": available entries
 * minus the kernel image, boot modules, boot structures and low memory.
 *
 * <p>Physical addresses stay below 2^52 (SDM §4.1.4, MAXPHYADDR), so {@code base + length}
 * cannot overflow and signed comparisons are safe here (unlike virtual addresses).
 */
public final class PhysRanges {
    private static final long PAGE = 4096;

    /** bounds[2i] = start, bounds[2i+1] = end (exclusive), ascending. */
    private long[] bounds = new long[16];
    private int count;

    /** Number of ranges. */
    public int count() {
        return count;
    }

    public long base(int i) {
        return bounds[2 * i];
    }

    public long end(int i) {
        return bounds[2 * i + 1];
    }

    /** Sum of all range lengths in bytes. */
    public long totalBytes() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += end(i) - base(i);
        }
        return sum;
    }

    /** The available RAM of a memory map, each entry shrunk inward to whole pages. */
    public static PhysRanges availableRam(List<MemoryMapEntry> map) {
        PhysRanges r = new PhysRanges();
        for (int i = 0; i < map.size(); i++) {
            MemoryMapEntry e = map.get(i);
            if (e.type() == MemoryMapEntry.AVAILABLE && e.length() > 0) {
                r.add(alignUp(e.base()), alignDown(e.base() + e.length()));
            }
        }
        return r;
    }

    /** Adds [start, end), merging with neighbours; empty ranges are ignored. */
    public void add(long start, long end) {
        if (end <= start) {
            return;
        }
        PhysRanges merged = new PhysRanges();
        boolean placed = false;
        for (int i = 0; i < count; i++) {
            if (!placed && start < base(i)) {
                merged.append(start, end);
                placed = true;
            }
            merged.append(base(i), end(i));
        }
        if (!placed) {
            merged.append(start, end);
        }
        bounds = merged.bounds;
        count = merged.count;
    }

    /** Removes [start, end) (widened outward to whole pages) from every range. */
    public void remove(long start, long end) {
        start = alignDown(start);
        end = alignUp(end);
        if (end <= start) {
            return;
        }
        PhysRanges rest = new PhysRanges();
        for (int i = 0; i < count; i++) {
            long b = base(i);
            long e = end(i);
            if (e <= start || b >= end) {
                rest.append(b, e);
                continue;
            }
            if (b < start) {
                rest.append(b, start);
            }
            if (e > end) {
                rest.append(end, e);
            }
        }
        bounds = rest.bounds;
        count = rest.count;
    }

    /** Appends a range at or after the last one, joining it if they touch or overlap. */
    private void append(long start, long end) {
        if (count > 0 && start <= bounds[2 * count - 1]) {
            if (end > bounds[2 * count - 1]) {
                bounds[2 * count - 1] = end;
            }
            return;
        }
        if (2 * count + 2 > bounds.length) {
            long[] bigger = new long[bounds.length * 2];
            System.arraycopy(bounds, 0, bigger, 0, 2 * count);
            bounds = bigger;
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        count++;
    }

    static long alignUp(long a) {
        return (a + PAGE - 1) & -PAGE;
    }

    static long alignDown(long a) {
        return a & -PAGE;
    }
}

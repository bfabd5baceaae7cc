package os2.user.fuzz;

import os2.user.Sys;

/**
 * The kernel's edge counters as the fuzzer sees them: the COVERAGE debug call
 * (docs/SYSCALLS.md) copies one byte per counting point and zeroes the counters, so each
 * read is what happened since the last; this map keeps every point ever reached.
 */
final class CoverageMap {
    /** COVERAGE's flag: zero the counters after the copy. */
    static final long RESET = 1;
    private static final int HEX_BYTES_PER_LINE = 64;
    private final long sysLo;
    private final long sysHi;
    final int points;
    private final byte[] now;
    private final boolean[] seen;
    /** Per point: how many reads found it reached (every call, and every input's closes). */
    final int[] hits;
    /** The points the last {@link #collect} found reached for the first time, {@link #freshCount} of them. */
    final int[] fresh;
    int freshCount;
    int reached;

    /** Asks the kernel how many points it counts; fails when it counts none (not a coverage build). */
    CoverageMap(long sysLo, long sysHi) {
        this.sysLo = sysLo;
        this.sysHi = sysHi;
        long n = Sys.call(Sys.COVERAGE, sysLo, sysHi, 0, 0, RESET);
        if (n <= 0) {
            throw new IllegalStateException("sysfuzz: no edge counters in this kernel (COVERAGE: "
                    + Sys.errorName(n) + "): boot the image of ./os2 build --coverage");
        }
        points = (int) n;
        now = new byte[points];
        seen = new boolean[points];
        hits = new int[points];
        fresh = new int[points];
    }

    /** Reads and resets the counters; returns how many points were reached for the first time. */
    int collect() {
        long n = Sys.call(Sys.COVERAGE, sysLo, sysHi, os2.rt.Mem.arrayData(now), points, RESET);
        if (n != points) {
            throw new IllegalStateException("sysfuzz: COVERAGE answered " + n + ", not " + points);
        }
        // a word at a time: most of the map is zero after one call
        long base = os2.rt.Mem.arrayData(now);
        freshCount = 0;
        int words = points / 8;
        for (int w = 0; w < words; w++) {
            if (os2.rt.Mem.read64(base + 8L * w) != 0) {
                for (int i = 8 * w; i < 8 * w + 8; i++) {
                    mark(i);
                }
            }
        }
        for (int i = 8 * words; i < points; i++) {
            mark(i);
        }
        reached += freshCount;
        return freshCount;
    }

    private void mark(int i) {
        if (now[i] == 0) {
            return;
        }
        if (hits[i] < Integer.MAX_VALUE) {
            hits[i]++;
        }
        if (!seen[i]) {
            seen[i] = true;
            fresh[freshCount++] = i;
        }
    }

    /** The points of the last {@link #collect} reached for the first time, as an array of their own. */
    int[] freshPoints() {
        int[] out = new int[freshCount];
        System.arraycopy(fresh, 0, out, 0, freshCount);
        return out;
    }

    /** The points reached as a bitmap (bit i of byte i/8 = point i), in hex lines "sysfuzz: map OFFSET HEX". */
    void print() {
        int bytes = (points + 7) / 8;
        StringBuilder line = new StringBuilder();
        for (int off = 0; off < bytes; off += HEX_BYTES_PER_LINE) {
            line.setLength(0);
            line.append("sysfuzz: map ").append(off).append(' ');
            for (int b = off; b < Math.min(bytes, off + HEX_BYTES_PER_LINE); b++) {
                int v = 0;
                for (int j = 0; j < 8; j++) {
                    int i = 8 * b + j;
                    if (i < points && seen[i]) {
                        v |= 1 << j;
                    }
                }
                line.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
            }
            System.out.println(line);
        }
    }
}

package os2.kernel.task;

import java.util.HashMap;
import os2.rt.Cpu;

/**
 * The handles one task holds: opaque values that name kernel objects (today the tasks
 * it spawned) for that task only. Values are random (RDRAND where the CPU has it, else
 * a generator mixed from the TSC), so a handle cannot be guessed from another; a
 * colliding draw is simply drawn again. Lookup is a hash-map probe: O(1) expected.
 * (The capability issue widens handles to 128 bits and adds rights.)
 */
final class Handles {
    private final HashMap<Long, Object> table = new HashMap<>();
    private static long mix = 0x9E37_79B9_7F4A_7C15L;

    /** Adds o and returns its new handle (positive, so never an error code). */
    long add(Object o) {
        while (true) {
            long h = random() & Long.MAX_VALUE;
            if (h != 0 && !table.containsKey(h)) {
                table.put(h, o);
                return h;
            }
        }
    }

    /** The object behind h, or null if this task holds no such handle. */
    Object get(long h) {
        return table.get(h);
    }

    /** Forgets h; the object it named, or null. */
    Object remove(long h) {
        return table.remove(h);
    }

    int size() {
        return table.size();
    }

    void clear() {
        table.clear();
    }

    /** CPUID.01H:ECX bit 30: RDRAND exists (executing it otherwise is #UD). */
    private static final int CPUID_ECX_RDRAND = 1 << 30;
    private static int rdrand = -1;   // unknown, 0 absent, 1 present

    private static long random() {
        if (rdrand < 0) {
            int[] r = new int[4];
            Cpu.cpuid(1, 0, r);
            rdrand = (r[2] & CPUID_ECX_RDRAND) != 0 ? 1 : 0;
        }
        for (int tries = 0; rdrand == 1 && tries < 10; tries++) {
            long v = Cpu.rdrand();
            if (Cpu.rdrandOk()) {   // CF=1: a value was delivered (SDM 2B RDRAND)
                return v;
            }
        }
        // No RDRAND: a splitmix step over the TSC (not secret against a task that reads the
        // TSC too; the capability issue brings a seeded CSPRNG).
        mix += 0x9E37_79B9_7F4A_7C15L ^ Cpu.rdtsc();
        long z = mix;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}

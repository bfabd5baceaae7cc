package os2.kernel.task;

import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.mem.Region;
import os2.rt.Mem;

/**
 * COVERAGE (a debug call, docs/SYSCALLS.md): the kernel's edge counters, as a coverage
 * build has them (os2.aot.Coverage, {@code ./os2 build --coverage}). Each counting point
 * is one byte in the caller's buffer: how often control passed it since the last reset,
 * 255 for 255 or more (a coverage-guided fuzzer wants "reached or not" and a rough count,
 * and a byte per point keeps the copy small). Only with the system capability (R_READ),
 * as SYS_INFO; a kernel built without counters answers E_NOSYS.
 */
final class CoverageCall {
    /** flags: zero every counter after the copy (what the next call sees is new). */
    static final long RESET = 1;
    /** Points converted per copy: a page of bytes at a time through one kernel buffer. */
    private static final int CHUNK = 4096;
    private static final int BYTE_MAX = 255;
    private static byte[] chunk;

    private CoverageCall() {
    }

    /** COVERAGE(system lo, hi, buf, len, flags): copies min(len, points) bytes; returns the number of points. */
    static long call(Task t, long lo, long hi, long buf, long len, long flags) {
        long points = Mem.read64(Mem.symbol("os2_cov_npoints"));
        if (points == 0) {
            return Syscalls.E_NOSYS;   // not a coverage build
        }
        Capability c = Handles.get(t, lo, hi, Kind.SYSTEM);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.READ)) {
            return Syscalls.E_RIGHTS;
        }
        if (len < 0 || (flags & ~RESET) != 0) {
            return Syscalls.E_INVAL;
        }
        long counts = Mem.read64(Mem.symbol("os2_cov_base"));
        long n = Math.min(len, points);
        if (n > 0) {
            Region r = UserMemory.check(t, buf, n, true);
            if (r == null) {
                return Syscalls.E_FAULT;
            }
            if (chunk == null) {
                chunk = new byte[CHUNK];
            }
            for (long off = 0; off < n; off += CHUNK) {
                int k = (int) Math.min(CHUNK, n - off);
                for (int i = 0; i < k; i++) {
                    long v = Mem.read64(counts + 8 * (off + i));
                    chunk[i] = (byte) (v > BYTE_MAX ? BYTE_MAX : v);
                }
                if (!UserMemory.copy(t, r, buf + off, Mem.arrayData(chunk), k, true)) {
                    return Syscalls.E_NOMEM;
                }
            }
        }
        if ((flags & RESET) != 0) {
            Mem.fill(counts, (byte) 0, 8 * points);
        }
        return points;
    }
}

package os2.kernel.test;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.Pit;
import os2.kernel.arch.x86_64.Traps;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.mem.FrameAllocator;
import os2.kernel.mem.Memory;
import os2.kernel.mem.PageFaults;
import os2.kernel.mem.PageFlags;
import os2.kernel.mem.PageTable;
import os2.kernel.mem.PhysMap;
import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * SMAP and SMEP proven (run only when named; FuzzTest checks the report): the kernel
 * touches a user page the way a bug outside the checked copies ({@code UserMemory}, which
 * goes through the direct map) would, and the CPU must stop it with a page fault that the
 * kernel reports as an SMAP or SMEP violation and panics on. If the access goes through,
 * the test fails saying so.
 */
final class ProtectionSelfTests {
    /** A user-half page no task uses at boot (tests run before init). */
    static final long USER_PAGE = 0x0000_7E00_0000_0000L;
    static final byte RET = (byte) 0xC3;
    static final long WAIT_NANOS = 1_000_000_000L;
    static final long PIT_NANOS = 1_000_000L;

    private ProtectionSelfTests() {
    }

    /** A frame mapped at USER_PAGE with the user bit (and executable if exec), or null and why not. */
    private static String mapUserPage(boolean exec) {
        long frame = Memory.frames().allocZeroed(0);
        if (frame == FrameAllocator.NONE) {
            return "no frame";
        }
        Mem.write8(PhysMap.virt(frame), RET);
        long flags = PageFlags.PRESENT | PageFlags.WRITE | PageFlags.USER | (exec ? 0 : PageFlags.NX);
        if (PageFaults.view().map4k(USER_PAGE, frame, flags) != PageTable.OK) {
            return "could not map the user page";
        }
        return null;
    }

    /** fault-smap: a kernel-mode read of a user page. */
    static String faultSmap() {
        if (!UserMode.smap()) {
            return "this CPU has no SMAP: the kernel could read user pages";
        }
        String why = mapUserPage(false);
        if (why != null) {
            return why;
        }
        return "no fault: the kernel read a user page, value " + Mem.read64(USER_PAGE);
    }

    /** fault-smep: the kernel resumes at (jumps into) a user page holding a ret. */
    static String faultSmep() {
        if (!UserMode.smep()) {
            return "this CPU has no SMEP: the kernel could run user code";
        }
        String why = mapUserPage(true);
        if (why != null) {
            return why;
        }
        Traps.injectResumeAtForTest(USER_PAGE);
        Pit.oneShot(Pit.countFor(PIT_NANOS));
        long end = Clock.nanos() + WAIT_NANOS;
        while (Clock.nanos() < end) {
            Cpu.stiHlt();
        }
        return "no fault: the kernel ran an instruction in a user page";
    }
}

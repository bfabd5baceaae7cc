package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * SMAP and SMEP proven: the self tests fault-smap and fault-smep make the kernel touch a
 * user page outside the checked copies (a read; a jump into it); the CPU must stop it and
 * the kernel report it by name and panic (status 3), never read on or hang.
 */
class ProtectionTest {
    /** SMAP: a kernel-mode read of a user page faults and is reported as such (a panic, not a hang or a read). */
    @Test
    void smapStopsTheKernelReadingUserMemory() throws Exception {
        Os2.Result r = Os2.boot(60, "test=fault-smap", "--quiet", "--no-net");
        assertTrue(r.lines().stream().anyMatch(l -> l.contains("SMAP violation (kernel mode touched a user page")
                && l.contains("at 0x7e0000000000")), r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    /** SMEP: the kernel jumping into a user page faults on the fetch and is reported as such. */
    @Test
    void smepStopsTheKernelRunningUserCode() throws Exception {
        Os2.Result r = Os2.boot(60, "test=fault-smep", "--quiet", "--no-net");
        assertTrue(r.lines().stream().anyMatch(l -> l.contains("SMEP violation (kernel mode fetched an instruction")
                && l.contains("at 0x7e0000000000")), r.toString());
        assertEquals(3, r.status(), r.toString());
    }
}

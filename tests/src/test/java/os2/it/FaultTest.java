package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * CPU exceptions in the kernel: each fault-* self test raises one; the kernel must
 * report it (mnemonic, name, vector, rip, registers), print the Java stack trace of the
 * interrupted code and exit with status 3. Also the out-of-frames and out-of-heap panics.
 */
class FaultTest {
    @ParameterizedTest
    @CsvSource({
        "fault-de, #DE divide error, 0, SchedSelfTests.raiseInjected",
        "fault-ud, #UD invalid opcode, 6, SchedSelfTests.raiseInjected",
        "fault-gp, #GP general protection, 13, SchedSelfTests.faultGeneralProtection",
        "fault-pf, #PF page fault, 14, SchedSelfTests.faultPage",
        "fault-df, #DF double fault, 8, SchedSelfTests.recurse",
    })
    void faultIsReportedWithRegistersAndJavaTrace(String test, String name, int vector, String frame) throws Exception {
        Os2.Result r = Os2.boot(30, "test=" + test, "--quiet");
        Pattern first = Pattern.compile("PANIC: CPU exception " + Pattern.quote(name) + " \\(vector " + vector
                + "\\) at rip=0xffffffff8[0-9a-f]{7}.*");
        assertTrue(r.lines().stream().anyMatch(l -> first.matcher(l).matches()), "report line\n" + r);
        assertTrue(r.lines().stream().anyMatch(l -> l.matches(" *rax=0x[0-9a-f]{16} .*")), "registers\n" + r);
        assertTrue(r.lines().stream().anyMatch(l -> l.matches("\tat os2\\.kernel\\.sched\\." + Pattern.quote(frame)
                + "\\(SchedSelfTests\\.java:\\d+\\)")), "the faulting Java frame\n" + r);
        assertEquals(3, r.status(), r.toString());
    }

    /** The #DF handler runs on its guarded IST stack (moved there after Memory.init) and still reports. */
    @Test
    void aDoubleFaultIsReportedFromTheGuardedIstStack() throws Exception {
        Os2.Result r = Os2.boot(30, "test=ist-guard,fault-df");
        assertTrue(r.stdout().contains("GDT+TSS (IST: #DF, NMI, #MC, guarded)"), r.toString());
        assertTrue(r.lines().contains("TEST ist-guard ... ok"), r.toString());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("PANIC: CPU exception #DF double fault (vector 8)")),
                r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    /** An exception outside any continuation is a panic (3), never the uncaught handler's status 1. */
    @ParameterizedTest
    @CsvSource({
        "sched-loop-panic, exception in the scheduler loop: java.lang.IllegalStateException: deliberate failure outside",
        "trap-throw, exception in the handler of vector 32: java.lang.IllegalStateException: deliberate failure in an",
    })
    void anExceptionOutsideAContinuationPanics(String test, String message) throws Exception {
        Os2.Result r = Os2.boot(30, "test=" + test, "--quiet");
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("PANIC: " + message)), r.toString());
        assertTrue(r.stdout().contains("Caused by: java.lang.IllegalStateException: deliberate failure"), r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    /** The IDT is installed before Multiboot parsing and Memory.init: an early fault is a panic, not a reset. */
    @Test
    void aFaultBeforeMemoryManagementIsReported() throws Exception {
        Os2.Result r = Os2.boot(30, "fault=early");
        assertFalse(r.stdout().contains("[info ] memory:"), "faulted before Memory.init\n" + r);
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("PANIC: CPU exception #PF page fault (vector 14) at rip="
                + "0xffffffff8") && l.endsWith("cr2=0x7f0000000000")), r.toString());
        assertTrue(r.stdout().contains("\tat os2.kernel.Kernel.earlyFault(Kernel.java:"), r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    @Test
    void pageFaultNamesTheDecision() throws Exception {
        Os2.Result r = Os2.boot(30, "test=fault-pf", "--quiet");
        assertTrue(r.lines().contains("unhandled page fault at 0x7f0000000000; rip 0xffffffff8"
                + r.stdout().split("rip 0xffffffff8", 2)[1].substring(0, 7)
                + "; error 0x0 (page not present, read, kernel mode)"), r.toString());
    }

    @Test
    void writingKernelTextIsAWxViolation() throws Exception {
        Os2.Result r = Os2.boot(30, "test=fault-wx", "--quiet");
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("PANIC: CPU exception #PF page fault (vector 14)")),
                r.toString());
        assertTrue(r.stdout().contains("W^X") || r.stdout().contains("write to kernel text"), r.toString());
        assertTrue(r.stdout().contains("(MemSelfTests.java:"), r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    @Test
    void touchingAGuardPageIsReported() throws Exception {
        Os2.Result r = Os2.boot(30, "test=fault-guard", "--quiet");
        assertTrue(r.stdout().contains("guard page hit at 0x"), r.toString());
        assertTrue(r.stdout().contains("selftest guard"), r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    @Test
    void touchingADemandRegionLargerThanFreeMemoryPanicsCleanly() throws Exception {
        // Real page faults, one per page, until no frame is left: a clean panic, not a hang.
        Os2.Result r = Os2.boot(30, "test=fault-demand-oom", "--quiet");
        assertFalse(r.timedOut(), r.toString());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("PANIC: CPU exception #PF page fault (vector 14)")),
                r.toString());
        assertTrue(r.lines().stream().anyMatch(l -> l.matches("out of memory at 0x[0-9a-f]+ in region selftest demand-oom "
                + "\\[0x[0-9a-f]+\\+0x[0-9a-f]+\\]; .*\\(page not present, write, kernel mode\\)")), r.toString());
        assertTrue(r.stdout().contains("\tat os2.kernel.mem.MemFaultSelfTests.faultDemandOutOfMemory(MemFaultSelfTests.java:"),
                r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    @Test
    void runningOutOfKernelHeapPanics() throws Exception {
        Os2.Result r = Os2.boot(30, "test=heap-oom", "--quiet");
        assertTrue(r.lines().stream().anyMatch(l -> l.matches("PANIC: out of kernel heap: \\d+ KiB in \\d+ region\\(s\\), .*")),
                r.toString());
        assertTrue(r.stdout().contains("Caused by: java.lang.OutOfMemoryError"), r.toString());
        assertEquals(3, r.status(), r.toString());
    }

    /**
     * Bug 4 (docs/RELIABILITY.md): with no heap left at all, growing it for the report, the
     * report and the trace all need heap. The panic still says what happened (before the
     * fix the second OutOfMemoryError escaped: "Exception in thread "main"" and nothing more).
     */
    @Test
    void runningOutOfKernelHeapWithNoRoomEvenToReportItStillPanicsLegibly() throws Exception {
        Os2.Result r = Os2.boot(30, "test=heap-oom-full", "--quiet");
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("PANIC: out of kernel heap")), r.toString());
        assertTrue(r.stdout().contains("java.lang.OutOfMemoryError"), r.toString());
        assertFalse(r.stdout().contains("Exception in thread"), r.toString());
        assertEquals(3, r.status(), r.toString());
    }
}

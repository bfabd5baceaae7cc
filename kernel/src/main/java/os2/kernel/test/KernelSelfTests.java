package os2.kernel.test;

import java.util.function.Supplier;
import os2.kernel.arch.x86_64.Interrupts;
import os2.kernel.cap.CapSelfTests;
import os2.kernel.mem.MemFaultSelfTests;
import os2.kernel.mem.MemSelfTests;
import os2.kernel.net.NetSelfTests;
import os2.kernel.sched.CrashSelfTests;
import os2.kernel.sched.LoopSelfTests;
import os2.kernel.sched.SchedSelfTests;

/**
 * Registers the memory, interrupt and scheduler self tests. Their bodies live next to
 * the code they test and return null on success or the reason for failure; this class
 * turns a reason into a {@link TestFailure}.
 *
 * <p>Outside "all" (run only when named): {@code input} waits for a line typed on the
 * serial terminal; the {@code fault-*} tests (fault-demand-oom included), {@code heap-oom}, {@code heap-oom-full},
 * {@code sched-loop-panic} and {@code trap-throw} end the kernel with a
 * panic, which is what they check (tests/src/test/java/os2/it).
 */
final class KernelSelfTests {
    /** Each link of heapExhaustion's chain: 8 KiB of references. */
    static final int OOM_LINK = 1024;
    /** heapExhaustionKept's chain: a static, so it stays live after the error unwinds. */
    private static Object[] keptChain;

    private KernelSelfTests() {
    }

    static void register() {
        SelfTests.register("ist-guard", true, reason(Interrupts::checkIstStacks));
        SelfTests.register("mem-map-unmap", true, reason(MemSelfTests::mapUnmapTouch));
        SelfTests.register("mem-demand-half", true, reason(MemSelfTests::demandHalfOfFree));
        SelfTests.register("mem-demand-oom", true, reason(MemSelfTests::demandLargerThanFree));
        SelfTests.register("mem-guard", true, reason(MemSelfTests::guardHit));
        SelfTests.register("mem-wx", true, reason(MemSelfTests::kernelTextIsWx));
        SelfTests.register("mem-churn", true, reason(MemSelfTests::churnReturnsToStart));
        SelfTests.register("mem-all-frames", true, reason(MemSelfTests::allFramesReachable));
        SelfTests.register("cap-chacha", true, reason(CapSelfTests::chacha));
        SelfTests.register("cap-table", true, reason(CapSelfTests::table));
        SelfTests.register("cap-revoke", true, reason(CapSelfTests::revoke));
        SelfTests.registerAsync("sched-until", true, SchedSelfTests::untilChain);
        SelfTests.registerAsync("sched-now-100k", true, LoopSelfTests::hundredThousandNow);
        SelfTests.registerAsync("sched-crash", true, LoopSelfTests::crashIsReported);
        SelfTests.registerAsync("sched-error", true, LoopSelfTests::errorRunsHandler);
        SelfTests.registerAsync("heap-idle-gc", true, LoopSelfTests::idleCollection);
        SelfTests.registerAsync("sched-null-result", true, CrashSelfTests::nullResult);
        SelfTests.registerAsync("sched-null-successor", true, CrashSelfTests::nullSuccessor);
        SelfTests.registerAsync("sched-loop-panic", false, CrashSelfTests::loopPanics);
        SelfTests.registerAsync("trap-throw", false, CrashSelfTests::trapPanics);
        SelfTests.registerAsync("input", false, SchedSelfTests::input);
        SelfTests.register("fault-de", false, reason(SchedSelfTests::faultDivide));
        SelfTests.register("fault-ud", false, reason(SchedSelfTests::faultInvalidOpcode));
        SelfTests.register("fault-gp", false, reason(SchedSelfTests::faultGeneralProtection));
        SelfTests.register("fault-pf", false, reason(SchedSelfTests::faultPage));
        SelfTests.register("fault-df", false, reason(SchedSelfTests::faultDoubleFault));
        SelfTests.register("fault-wx", false, reason(MemSelfTests::faultWriteText));
        SelfTests.register("fault-guard", false, reason(MemSelfTests::faultGuardPage));
        SelfTests.register("fault-demand-oom", false, reason(MemFaultSelfTests::faultDemandOutOfMemory));
        SelfTests.register("fault-smap", false, reason(ProtectionSelfTests::faultSmap));
        SelfTests.register("fault-smep", false, reason(ProtectionSelfTests::faultSmep));
        SelfTests.register("heap-oom", false, KernelSelfTests::heapExhaustion);
        SelfTests.register("heap-oom-full", false, KernelSelfTests::heapExhaustionKept);
        SelfTests.register("net-loopback", true, reason(NetSelfTests::loopback));
    }

    /** A test that fails with the reason body returns, passes when it returns null. */
    static SelfTest reason(Supplier<String> body) {
        return () -> {
            String why = body.get();
            if (why != null) {
                Check.fail(why);
            }
        };
    }

    /**
     * Keeps allocating reachable memory until the kernel heap is exhausted: the
     * OutOfMemoryError must end the kernel with a panic naming the heap's state.
     */
    static void heapExhaustion() {
        Object[] chain = null;
        for (long n = 0; ; n++) {
            Object[] link = new Object[OOM_LINK];
            link[0] = chain;
            chain = link;
            if (n < 0) {
                break;   // never: keeps chain observably live for the compiler
            }
        }
        Check.fail("heap never ran out, chain " + chain.length);
    }

    /**
     * The same with the chain kept live (a static) and of the smallest links, so the heap
     * has no room left at all when the OutOfMemoryError reaches the kernel loop: growing
     * the heap, the message and the trace all fail for want of heap. Before bug 4's fix
     * that second error escaped to the runtime, which printed only "Exception in thread
     * "main""; the panic must say what happened without the heap.
     */
    static void heapExhaustionKept() {
        while (true) {
            Object[] link = new Object[1];
            link[0] = keptChain;
            keptChain = link;
        }
    }
}

package os2.kernel.sched;

import java.util.function.Function;
import os2.kernel.mem.KernelHeap;
import os2.rt.Gc;
import os2.rt.Mem;

/**
 * Self tests that run as continuations on the kernel's own scheduler (KernelLoop), for
 * what only the real loop shows: each continuation starts on a reset stack, a
 * continuation that throws is reported and the kernel goes on, idle time collects
 * garbage. Each returns its first Result; its last continuation returns
 * {@code finish.apply(null)} on success or {@code finish.apply(reason)}.
 */
public final class LoopSelfTests {
    static final int NOW_CHAIN = 100_000;
    /** Live heap is measured after this many links (the chain's own objects exist by then). */
    static final int NOW_WARMUP = 1_000;
    /** Live-heap growth over the chain that still counts as "did not grow" (collector noise). */
    static final long HEAP_SLACK = 4096;
    /** A continuation's frame must be this close to the top of the (empty) kernel stack. */
    static final long NEAR_TOP = 8192;
    static final String CRASH_MESSAGE = "deliberate crash (self test sched-crash)";
    /** Twice IdleHeap's threshold, so the idle loop must collect. */
    static final int GARBAGE_BYTES = 2 * (int) IdleHeap.COLLECT_AFTER_BYTES;
    static final int GARBAGE_CHUNK = 4096;
    static final long IDLE_WAIT_NANOS = 5_000_000L;
    static final int IDLE_ATTEMPTS = 3;

    private static long sink;

    private LoopSelfTests() {
    }

    /**
     * sched-now-100k: a chain of 100,000 links, each returning a fresh {@code Result.now}
     * of the next, on the kernel scheduler. Every link must run with its frame at the
     * same address near the top of the kernel stack (os2_sched_enter reset the stack),
     * each must have passed through os2_sched_enter, and the live heap must not grow.
     */
    public static Result hundredThousandNow(Function<String, Result> finish) {
        if (KernelLoop.stackBottom() == 0) {
            return finish.apply("not running on the kernel stack");
        }
        NowChain c = new NowChain(finish);
        c.entriesAtStart = schedEntries();
        return c.next();
    }

    private static final class NowChain {
        private final Function<String, Result> finish;
        private int n;
        private long frame;
        private long entriesAtStart;
        private long liveAfterWarmup;

        NowChain(Function<String, Result> finish) {
            this.finish = finish;
        }

        /** A fresh Result per link; one lambda site, so every link has the same call path. */
        Result next() {
            return Result.now(this::link);
        }

        Result link() {
            n++;
            long f = innermostFrame();
            if (n == 1) {
                frame = f;
                long top = KernelLoop.stackTop();
                if (f < KernelLoop.stackBottom() || f >= top || top - f > NEAR_TOP) {
                    return finish.apply("link 1's frame at 0x" + Long.toHexString(f)
                            + " is not near the top of the kernel stack (top 0x" + Long.toHexString(top) + ")");
                }
            } else if (f != frame) {
                return finish.apply("link " + n + " ran with its frame at 0x" + Long.toHexString(f)
                        + ", link 1 at 0x" + Long.toHexString(frame) + ": the stack was not reset");
            }
            if (n == NOW_WARMUP) {
                liveAfterWarmup = liveAfterCollection();
            }
            if (n < NOW_CHAIN) {
                return next();
            }
            long entries = schedEntries() - entriesAtStart;
            if (entries < NOW_CHAIN) {
                return finish.apply("only " + entries + " passes through os2_sched_enter for " + NOW_CHAIN + " links");
            }
            long live = liveAfterCollection();
            return finish.apply(live <= liveAfterWarmup + HEAP_SLACK ? null
                    : "live heap grew from " + liveAfterWarmup + " to " + live + " bytes");
        }
    }

    /** The address of the innermost Java shadow frame: a local of the running method. */
    static long innermostFrame() {
        return Mem.read64(Mem.read64(Mem.symbol("os2_top_address")));
    }

    /** Iterations of traps.S's scheduler loop so far. */
    static long schedEntries() {
        return Mem.read64(Mem.symbol("os2_sched_entries"));
    }

    private static long liveAfterCollection() {
        Gc.collect();
        KernelHeap.refresh();
        return KernelHeap.liveBytes();
    }

    /**
     * sched-crash: a continuation that throws is counted, reported on the console
     * ("continuation failed: " and its stack trace) and the next one still runs.
     */
    public static Result crashIsReported(Function<String, Result> finish) {
        Scheduler s = KernelLoop.scheduler();
        long crashes = s.crashes();
        long reported = KernelLoop.crashesReported();
        s.start(() -> {
            throw new IllegalStateException(CRASH_MESSAGE);
        });
        // Ready queue is FIFO: this runs after the thrower, so it also shows the kernel went on.
        return Result.now(() -> {
            if (s.crashes() != crashes + 1) {
                return finish.apply((s.crashes() - crashes) + " crashes counted, expected 1");
            }
            if (s.lastCrash() == null || !CRASH_MESSAGE.equals(s.lastCrash().getMessage())) {
                return finish.apply("last crash is " + s.lastCrash());
            }
            return finish.apply(KernelLoop.crashesReported() == reported + 1 ? null
                    : "the crash was not reported on the console");
        });
    }

    /** sched-error: an Error result is counted and its handler runs next. */
    public static Result errorRunsHandler(Function<String, Result> finish) {
        Scheduler s = KernelLoop.scheduler();
        long errors = s.errors();
        return Result.error(() -> finish.apply(s.errors() == errors + 1 ? null
                : (s.errors() - errors) + " errors counted, expected 1"));
    }

    /**
     * heap-idle-gc: after more than IdleHeap's threshold of garbage, an Until wait
     * (nothing else ready) must make the idle loop collect.
     */
    public static Result idleCollection(Function<String, Result> finish) {
        IdleGc t = new IdleGc(finish);
        // Wait once first: the idle loop then counts allocation from here, not from
        // before an earlier collection (it restarts its count when the collector ran).
        return waitThen(t::makeGarbage);
    }

    private static final class IdleGc {
        private final Function<String, Result> finish;
        private int attempts;
        private long idleBefore;

        IdleGc(Function<String, Result> finish) {
            this.finish = finish;
        }

        Result makeGarbage() {
            attempts++;
            KernelHeap.refresh();
            long collections = KernelHeap.collections();
            idleBefore = IdleHeap.idleCollections();
            for (int i = 0; i < GARBAGE_BYTES / GARBAGE_CHUNK; i++) {
                byte[] b = new byte[GARBAGE_CHUNK];
                b[i % GARBAGE_CHUNK] = (byte) i;
                sink += b[i % GARBAGE_CHUNK];
            }
            KernelHeap.refresh();
            if (KernelHeap.collections() != collections) {
                // The collector ran by itself meanwhile, which restarts the idle loop's count.
                return attempts < IDLE_ATTEMPTS ? waitThen(this::makeGarbage)
                        : finish.apply("the collector ran by itself during each of " + attempts + " attempts");
            }
            return waitThen(this::check);
        }

        private Result check() {
            long idle = IdleHeap.idleCollections();
            return finish.apply(idle > idleBefore ? null : "no idle collection after " + GARBAGE_BYTES / 1024
                    + " KiB of garbage and a " + IDLE_WAIT_NANOS / 1_000_000 + " ms wait");
        }
    }

    private static Result waitThen(Continuation next) {
        return Result.until(KernelLoop.scheduler().now() + IDLE_WAIT_NANOS, next);
    }
}

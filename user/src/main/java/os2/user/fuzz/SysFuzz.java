package os2.user.fuzz;

import java.util.ArrayList;
import java.util.List;
import os2.user.Caps;
import os2.user.Handle;

/**
 * {@code sysfuzz MODE COUNT SEED}: the coverage-guided system-call fuzzer (docs/RELIABILITY.md),
 * run as init on the kernel of {@code ./os2 build --coverage} by {@code ./os2 fuzz syscalls --coverage}.
 * An input is a sequence of 1-24 calls ({@link Call}) made by {@link Executor}; after each
 * the kernel's edge counters are read ({@link CoverageMap}). MODE {@code guided}: an input
 * that reached a point no input reached before joins the corpus, and most inputs are
 * mutants of corpus entries (genes replaced or flipped, calls inserted, deleted or
 * duplicated, another entry's tail spliced on); {@code random}: every input is fresh from the
 * same generator, the counters only measured. Both stop after COUNT calls; every choice
 * comes from SEED (the coverage each input gets also depends on timing: interrupts,
 * the scheduler).
 *
 * <p>Prints progress, the totals and the reached points as a bitmap ("sysfuzz: map"), then
 * "sysfuzz: PASS" and exits 0. A kernel panic or hang shows as the missing PASS.
 */
public final class SysFuzz {
    private static final int MAX_CALLS = 24;
    private static final int MAX_MUTATIONS = 4;
    /** Guided: one input in this many is fresh anyway (new material for the corpus). */
    private static final int FRESH_ONE_IN = 8;
    private static final int PROGRESS_INPUTS = 500;

    private final Rng rng;
    private final boolean guided;
    private final List<Call[]> corpus = new ArrayList<>();

    private SysFuzz(boolean guided, long seed) {
        this.guided = guided;
        this.rng = new Rng(seed);
    }

    public static void main(String[] args) {
        if (args.length != 3 || !(args[0].equals("guided") || args[0].equals("random"))) {
            System.out.println("usage: sysfuzz guided|random COUNT SEED");
            System.exit(2);
        }
        long count = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        new SysFuzz(args[0].equals("guided"), seed).run(count, args[0], seed);
        System.exit(0);
    }

    private void run(long count, String mode, long seed) {
        Handle mem = Caps.slot(Caps.MEMORY);
        Handle sys = Caps.slot(Caps.SYSTEM);
        long[] seeds = {mem.lo(), mem.hi(), Caps.slot(Caps.MODULES).lo(), Caps.slot(Caps.MODULES).hi(),
            sys.lo(), sys.hi(), Caps.slot(Caps.NETWORK).lo(), Caps.slot(Caps.NETWORK).hi()};
        Executor ex = new Executor(mem.lo(), mem.hi(), seeds);
        CoverageMap cov = new CoverageMap(sys.lo(), sys.hi());
        System.out.println("sysfuzz: " + mode + ", " + count + " calls, seed " + seed + ", " + cov.points
                + " counting points in the kernel");
        cov.collect();   // what setting up reached: the baseline, not any input's
        int baseline = cov.reached;
        long inputs = 0;
        while (ex.calls < count) {
            Call[] input = next();
            ex.run(input);
            inputs++;
            int fresh = cov.collect();
            if (guided && fresh > 0) {
                corpus.add(input);
            }
            if (inputs % PROGRESS_INPUTS == 0) {
                System.out.println("sysfuzz: progress calls " + ex.calls + " points " + cov.reached
                        + " corpus " + corpus.size());
            }
        }
        System.out.println("sysfuzz: done " + mode + " seed " + seed + ": calls " + ex.calls + " (" + ex.ok
                + " succeeded), inputs " + inputs + ", corpus " + corpus.size() + ", points reached "
                + cov.reached + " of " + cov.points + " (" + baseline + " by the set-up)");
        cov.print();
        System.out.println("sysfuzz: PASS");
    }

    /** The next input: fresh, or (guided, with a corpus) a mutant of an entry. */
    private Call[] next() {
        if (!guided || corpus.isEmpty() || rng.below(FRESH_ONE_IN) == 0) {
            Call[] in = new Call[1 + rng.below(MAX_CALLS)];
            for (int i = 0; i < in.length; i++) {
                in[i] = Call.random(rng);
            }
            return in;
        }
        Call[] in = Call.copyAll(corpus.get(rng.below(corpus.size())));
        int n = 1 + rng.below(MAX_MUTATIONS);
        for (int i = 0; i < n; i++) {
            in = mutate(in);
        }
        return in;
    }

    private Call[] mutate(Call[] in) {
        int at = rng.below(in.length);
        switch (rng.below(8)) {
            case 0: case 1:
                in[at].g[rng.below(Call.GENES)] = rng.next();
                return in;
            case 2:
                in[at].g[rng.below(Call.GENES)] ^= 1L << rng.below(64);
                return in;
            case 3:
                in[at].nr = rng.number();
                return in;
            case 4:
                return in.length >= MAX_CALLS ? in : insert(in, rng.below(in.length + 1), Call.random(rng));
            case 5:
                return in.length >= MAX_CALLS ? in : insert(in, rng.below(in.length + 1), in[at].copy());
            case 6: {
                if (in.length == 1) {
                    return in;
                }
                Call[] out = new Call[in.length - 1];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + 1, out, at, in.length - at - 1);
                return out;
            }
            default: {
                // splice: this input's head, another entry's tail
                Call[] other = corpus.get(rng.below(corpus.size()));
                int from = rng.below(other.length);
                int len = Math.min(MAX_CALLS - at - 1, other.length - from);
                Call[] out = new Call[at + 1 + Math.max(len, 0)];
                System.arraycopy(in, 0, out, 0, at + 1);
                for (int i = 0; i < len; i++) {
                    out[at + 1 + i] = other[from + i].copy();
                }
                return out;
            }
        }
    }

    private static Call[] insert(Call[] in, int at, Call c) {
        Call[] out = new Call[in.length + 1];
        System.arraycopy(in, 0, out, 0, at);
        out[at] = c;
        System.arraycopy(in, at, out, at + 1, in.length - at);
        return out;
    }
}

package os2.user.fuzz;

import java.util.ArrayList;
import java.util.List;
import os2.user.Caps;
import os2.user.Handle;

/**
 * {@code sysfuzz MODE COUNT SEED}: the coverage-guided system-call fuzzer (docs/RELIABILITY.md),
 * run as init on the kernel of {@code ./os2 build --coverage} by {@code ./os2 fuzz syscalls --coverage}.
 * An input is a sequence of 1-24 calls ({@link Call}) made by {@link Executor}; after each
 * call the kernel's edge counters are read ({@link CoverageMap}), in both modes. MODE
 * {@code guided}: each call that reached a point no call reached before gives the corpus an
 * entry, that call and the calls that made the handles it used; most inputs are mutants
 * of an entry, picked by how rare its points are ({@link #pick}) (genes replaced or flipped, calls inserted, deleted or duplicated, another
 * entry's tail spliced on) followed by fresh calls; {@code random}: every input is fresh
 * from the same generator, the counters only measured. Both stop after COUNT calls; every
 * choice comes from SEED (the coverage each input gets also depends on timing: interrupts,
 * the scheduler).
 *
 * <p>Prints progress, the totals and the reached points as a bitmap ("sysfuzz: map"), then
 * "sysfuzz: PASS" and exits 0. A kernel panic or hang shows as the missing PASS.
 */
public final class SysFuzz {
    static final int MAX_CALLS = 24;
    private static final int MAX_MUTATIONS = 4;
    /** Guided: one input in this many is fresh anyway (new material for the corpus). */
    private static final int FRESH_ONE_IN = 8;
    private static final int PROGRESS_INPUTS = 500;
    /** An entry's weight is this over the hits of its rarest point. */
    private static final long WEIGHT_SCALE = 1L << 24;

    private final Rng rng;
    private final boolean guided;
    private final List<Entry> corpus = new ArrayList<>();
    private CoverageMap cov;

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
        cov = new CoverageMap(sys.lo(), sys.hi());
        System.out.println("sysfuzz: " + mode + ", " + count + " calls, seed " + seed + ", " + cov.points
                + " counting points in the kernel");
        cov.collect();   // what setting up reached: the baseline, not any input's
        int baseline = cov.reached;
        long inputs = 0;
        int[][] found = new int[MAX_CALLS][];
        while (ex.calls < count) {
            Call[] input = next();
            int[] atEnd = execute(ex, cov, input, found);
            inputs++;
            if (guided) {
                keep(ex, input, found, atEnd);
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

    /**
     * Runs one input with the counters read after every call (both modes alike, so the
     * comparison is fair); found[i]: the points call i reached that no call reached before
     * (null: none). Returns those of the closes of the pool at the end (null: none).
     */
    private static int[] execute(Executor ex, CoverageMap cov, Call[] input, int[][] found) {
        ex.begin();
        cov.collect();   // the pool's set-up is no call's merit
        for (int i = 0; i < input.length; i++) {
            ex.step(input[i], i);
            found[i] = cov.collect() > 0 ? cov.freshPoints() : null;
        }
        ex.end();
        return cov.collect() > 0 ? cov.freshPoints() : null;
    }

    /**
     * Guided: for each call that reached something new, an entry of that call and the calls
     * that made the handles it used (their makers too, and so on), in order: what the call
     * stood on, without the rest of the input, which every mutant would pay for again. New
     * points at the closes keep the whole input.
     */
    private void keep(Executor ex, Call[] input, int[][] found, int[] atEnd) {
        if (atEnd != null) {
            corpus.add(new Entry(input, atEnd));
        }
        boolean[] take = new boolean[input.length];
        for (int i = 0; i < input.length; i++) {
            if (found[i] == null) {
                continue;
            }
            java.util.Arrays.fill(take, false);
            take[i] = true;
            int n = 1;
            long need = ex.readSlot[i] >= 0 ? 1L << ex.readSlot[i] : 0;
            for (int j = i - 1; j >= 0 && need != 0; j--) {
                int w = ex.wroteSlot[j];
                if (w >= 0 && (need & 1L << w) != 0) {
                    take[j] = true;
                    n++;
                    need &= ~(1L << w);
                    if (ex.readSlot[j] >= 0) {
                        need |= 1L << ex.readSlot[j];
                    }
                }
            }
            Call[] entry = new Call[n];
            for (int j = 0, k = 0; j <= i; j++) {
                if (take[j]) {
                    entry[k++] = input[j].copy();
                }
            }
            corpus.add(new Entry(entry, found[i]));
        }
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
        Call[] in = Call.copyAll(pick().calls);
        int n = 1 + rng.below(MAX_MUTATIONS);
        for (int i = 0; i < n; i++) {
            in = mutate(in);
        }
        // then fresh calls from the state the entry leads to: an entry ends at the call that
        // reached something new, so what it set up is the ground the new calls stand on;
        // a mutant re-makes only the entry's few calls, the rest is as new as random input
        int more = rng.below(MAX_CALLS - in.length + 1);
        for (int i = 0; i < more; i++) {
            in = insert(in, in.length, Call.random(rng));
        }
        return in;
    }

    private Call[] mutate(Call[] in) {
        int at = rng.below(in.length);
        switch (rng.below(10)) {
            case 8: case 9:
                // a fresh call after the last: explores the state the entry ended in (its
                // last call is the one that reached something new)
                return in.length >= MAX_CALLS ? in : insert(in, in.length, Call.random(rng));
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
                Call[] other = corpus.get(rng.below(corpus.size())).calls;
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

    /**
     * An entry, by how rare its points are: the weight is inversely the number of calls
     * that reached its rarest point so far. An entry whose point every other call reaches
     * anyway (an error path of a common check) leads to nothing random input would not
     * find; one whose point stays rare stands at the edge of what was reached. Picking it
     * makes its point less rare in turn, so the weight moves on by itself.
     */
    private Entry pick() {
        long total = 0;
        for (Entry e : corpus) {
            total += weight(e);
        }
        long r = Long.remainderUnsigned(rng.next(), total);
        for (Entry e : corpus) {
            r -= weight(e);
            if (r < 0) {
                return e;
            }
        }
        return corpus.get(corpus.size() - 1);
    }

    private long weight(Entry e) {
        int rarest = Integer.MAX_VALUE;
        for (int p : e.points) {
            rarest = Math.min(rarest, cov.hits[p]);
        }
        return WEIGHT_SCALE / Math.max(rarest, 1);
    }

    private static Call[] insert(Call[] in, int at, Call c) {
        Call[] out = new Call[in.length + 1];
        System.arraycopy(in, 0, out, 0, at);
        out[at] = c;
        System.arraycopy(in, at, out, at + 1, in.length - at);
        return out;
    }
}

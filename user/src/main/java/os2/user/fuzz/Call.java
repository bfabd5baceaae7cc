package os2.user.fuzz;

/**
 * One system call of a fuzzing input, as genes: the call number and eight random words
 * from which {@link Executor} derives every argument when it makes the call (a handle
 * from the pool or forged, a pointer into one of the kinds of memory, a size at a
 * boundary, the fields of a message or spawn request). A mutation replaces or flips a
 * gene, or the number: the call keeps its shape where the genes still fit it, as
 * syzkaller's programs keep theirs, and every input is valid to execute.
 */
final class Call {
    static final int GENES = 8;
    int nr;
    final long[] g = new long[GENES];

    Call(int nr) {
        this.nr = nr;
    }

    Call copy() {
        Call c = new Call(nr);
        System.arraycopy(g, 0, c.g, 0, GENES);
        return c;
    }

    static Call random(Rng r) {
        Call c = new Call(r.number());
        for (int i = 0; i < GENES; i++) {
            c.g[i] = r.next();
        }
        return c;
    }

    static Call[] copyAll(Call[] in) {
        Call[] out = new Call[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i].copy();
        }
        return out;
    }
}

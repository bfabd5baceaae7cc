package os2.user.fuzz;

import os2.user.Sys;

/**
 * xorshift64* (the C fuzzers' generator, fuzzlib.h): every choice of a run comes from its
 * seed. Also picks call numbers: every call of the ABI but EXIT (the fuzzer would end),
 * FRAMES (its fault reports would go astray) and COVERAGE (a reset would hide what the
 * input reached), and now and then a number no call has.
 */
final class Rng {
    private static final long MULT = 0x2545F4914F6CDD1DL;
    /** The largest call number of the ABI (RESOLVE). */
    static final int LAST_CALL = Sys.RESOLVE;
    /** One call in this many gets a number outside the ABI. */
    private static final int UNKNOWN_ONE_IN = 32;
    private long s;

    Rng(long seed) {
        s = seed * 0x9E3779B97F4A7C15L + 1;
        if (s == 0) {
            s = 1;
        }
    }

    long next() {
        s ^= s >>> 12;
        s ^= s << 25;
        s ^= s >>> 27;
        return s * MULT;
    }

    /** 0..n-1. */
    int below(int n) {
        return (int) Long.remainderUnsigned(next(), n);
    }

    int number() {
        if (below(UNKNOWN_ONE_IN) == 0) {
            int[] odd = {-1, -2, LAST_CALL + 1, LAST_CALL + 2, 63, 65, 1000, Integer.MIN_VALUE};
            return odd[below(odd.length)];
        }
        for (;;) {
            int nr = 1 + below(LAST_CALL);
            if (nr != Sys.FRAMES) {
                return nr;
            }
        }
    }
}

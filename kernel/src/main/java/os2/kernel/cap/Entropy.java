package os2.kernel.cap;

import os2.rt.Cpu;

/**
 * Random 64-bit words for handles. RDRAND where the CPU has it (CPUID.01H:ECX[30];
 * a draw is used only when the carry flag says a value was delivered, SDM vol. 2B
 * RDRAND). Otherwise a ChaCha20 keystream (RFC 8439 block function) keyed from several
 * timing sources: the TSC at boot, the jitter of timed loops, and the TSC at each
 * rekey. Unlike the original OS2, nothing is seeded with a constant.
 */
public final class Entropy {
    /** CPUID.01H:ECX bit 30: RDRAND exists (executing it otherwise is #UD). */
    private static final int CPUID_ECX_RDRAND = 1 << 30;
    private static final int RDRAND_TRIES = 10;
    /** Keystream blocks before the key is stirred with fresh timing. */
    private static final int REKEY_BLOCKS = 1 << 16;

    private static int hasRdrand = -1;   // unknown, 0 absent, 1 present
    private static final int[] state = new int[16];
    private static final int[] block = new int[16];
    private static int used = 16;        // words of block consumed (16: empty)
    private static int blocks = REKEY_BLOCKS;
    private static boolean forceFallback;

    private Entropy() {
    }

    /** A random word. */
    public static long next() {
        if (hasRdrand < 0) {
            int[] r = new int[4];
            Cpu.cpuid(1, 0, r);
            hasRdrand = (r[2] & CPUID_ECX_RDRAND) != 0 ? 1 : 0;
        }
        for (int tries = 0; hasRdrand == 1 && !forceFallback && tries < RDRAND_TRIES; tries++) {
            long v = Cpu.rdrand();
            if (Cpu.rdrandOk()) {
                return v;
            }
        }
        return (chachaWord() & 0xFFFF_FFFFL) | (long) chachaWord() << 32;
    }

    /** Tests: use the ChaCha20 path even where RDRAND exists. */
    public static void forceFallback(boolean on) {
        forceFallback = on;
    }

    private static int chachaWord() {
        if (used == 16) {
            if (blocks >= REKEY_BLOCKS) {
                rekey();
            }
            ChaCha20.block(state, block);
            state[12]++;
            if (state[12] == 0) {
                state[13]++;
            }
            blocks++;
            used = 0;
        }
        return block[used++];
    }

    /** Key words 4..11 mixed with timing samples; the previous key stays in the mix. */
    private static void rekey() {
        state[0] = 0x6170_7865;   // "expand 32-byte k" (RFC 8439 section 2.3)
        state[1] = 0x3320_646e;
        state[2] = 0x7962_2d32;
        state[3] = 0x6b20_6574;
        for (int i = 4; i < 12; i++) {
            state[i] ^= (int) timingSample() * 0x9E37_79B9 + block[i];
        }
        long t = Cpu.rdtsc();
        state[14] ^= (int) t;
        state[15] ^= (int) (t >>> 32);
        blocks = 0;
    }

    /** TSC jitter of a short data-dependent loop, folded with the TSC itself. */
    private static long timingSample() {
        long t0 = Cpu.rdtsc();
        long x = t0;
        for (int i = 0; i < (int) (t0 & 63) + 16; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        long t1 = Cpu.rdtsc();
        return (t1 - t0) ^ (t1 << 17) ^ x;
    }
}

package os2.kernel.cap;

/**
 * In-kernel self tests of the capability layer, compiled natively (the JVM tests check
 * the same laws on the JVM): return null on success or the reason for failure.
 */
public final class CapSelfTests {
    private CapSelfTests() {
    }

    /** cap-chacha: the RFC 8439 section 2.3.2 block, and the fallback generator does not repeat. */
    public static String chacha() {
        int[] in = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
            0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c, 0x13121110, 0x17161514, 0x1b1a1918, 0x1f1e1d1c,
            0x00000001, 0x09000000, 0x4a000000, 0x00000000};
        int[] out = new int[16];
        ChaCha20.block(in, out);
        if (out[0] != 0xe4e7f110 || out[1] != 0x15593bd1) {
            return "ChaCha20 block differs from RFC 8439: 0x" + Integer.toHexString(out[0]);
        }
        Entropy.forceFallback(true);
        try {
            long[] seen = new long[4096];
            for (int i = 0; i < seen.length; i++) {
                seen[i] = Entropy.next();
                for (int j = 0; j < i; j++) {
                    if (seen[j] == seen[i]) {
                        return "the fallback generator repeated a word after " + i + " draws";
                    }
                }
            }
        } finally {
            Entropy.forceFallback(false);
        }
        return null;
    }

    /** cap-table: inserts, lookups, removals and 100,000 forged handles against a table. */
    public static String table() {
        CapTable t = new CapTable("self test");
        Capability[] held = new Capability[2000];
        for (int i = 0; i < held.length; i++) {
            held[i] = Capability.create(new Object(), Kind.SYSTEM, Rights.ALL);   // a kind whose destruction hooks do nothing
            if (!t.insert(held[i])) {
                return "insert " + i + " refused";
            }
        }
        for (int i = 0; i < held.length; i += 2) {
            held[i].close();
        }
        for (int i = 1; i < held.length; i += 2) {
            if (t.get(held[i].handleLo(), held[i].handleHi()) != held[i]) {
                return "capability " + i + " lost after removals";
            }
        }
        long x = 0x1234_5678_9ABC_DEF1L;
        for (int i = 0; i < 100_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            if (t.get(x, x * 31) != null) {
                return "a forged handle was accepted";
            }
        }
        t.closeAll();
        return t.size() == 0 ? null : t.size() + " capabilities left after closeAll";
    }

    /** cap-revoke: revoking a chain of 10,000 derivations (no recursion) kills exactly them. */
    public static String revoke() {
        Capability root = Capability.create(new Object(), Kind.CHANNEL, Rights.ALL);
        Capability sibling = root.derive(Rights.READ);
        Capability c = root.derive(Rights.ALL);
        Capability first = c;
        for (int i = 0; i < 10_000; i++) {
            c = c.derive(Rights.ALL & ~(i & 1));
        }
        int n = first.revoke();
        if (n != 10_000 || !c.isDead() || first.isDead() || sibling.isDead()) {
            return "revoke killed " + n + " (10000 expected), last dead " + c.isDead();
        }
        return c.rights <= first.rights ? null : "a derived copy gained rights";
    }
}

package os2.kernel.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Malformed files made by mutating valid ones (real gcc output when gcc is there, and the
 * hand-built files): parse either accepts a file whose image keeps every invariant
 * ({@link ElfInvariants}) or refuses it with an {@link ElfException} naming something; never
 * another exception, never a read outside the file, and never more work than the file's size
 * allows.
 */
class ElfMutationTest {
    /** Parses one mutant; returns its refusal message, or null if accepted. Fails on anything else. */
    static String check(byte[] m, String what) {
        CheckedElfBytes c = new CheckedElfBytes(m);
        try {
            ElfImage img = ElfImage.parse(c);
            ElfInvariants.check(img, m.length);
            return null;
        } catch (ElfException e) {
            if (e.getMessage() == null || e.getMessage().isEmpty()) {
                fail("refusal without a message:" + what);
            }
            return e.getMessage();
        } catch (Throwable t) {
            throw new AssertionError("mutant" + what + " (0x" + Integer.toHexString(m.length) + " bytes): " + t, t);
        } finally {
            // the header, 64 program headers and 4096 dynamic entries, plus each relocation once
            long bound = 64 + 64 * 56 + 4096 * 16 + 2L * m.length;
            if (c.reads > bound) {
                fail("mutant" + what + " made " + c.reads + " reads, more than " + bound);
            }
        }
    }

    @Test
    void tenThousandMutantsAreAcceptedSoundlyOrRefused() throws IOException {
        List<byte[]> seeds = RealElfs.seeds();
        int perSeed = 12_000 / seeds.size() + 1;
        int refused = 0;
        int total = 0;
        for (int s = 0; s < seeds.size(); s++) {
            ElfMutator mut = new ElfMutator(seeds.get(s));
            Random r = new Random(1234 + s);
            for (int i = 0; i < perSeed; i++) {
                StringBuilder what = new StringBuilder(" seed " + s + " #" + i + ":");
                if (check(mut.mutate(r, what), what.toString()) != null) {
                    refused++;
                }
                total++;
            }
        }
        assertTrue(total >= 10_000, "mutants: " + total);
        // most mutations hit checked fields; if few were refused, the mutator missed its targets
        assertTrue(refused > total / 2, refused + " of " + total + " refused");
    }

    @Test
    void mutantsAreDeterministicForASeed() throws IOException {
        byte[] seed = RealElfs.seeds().get(0);
        byte[] a = new ElfMutator(seed).mutate(new Random(7), new StringBuilder());
        byte[] b = new ElfMutator(seed).mutate(new Random(7), new StringBuilder());
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
    }

    @Property(tries = 2000)
    void randomMutantsAreAcceptedSoundlyOrRefused(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int source)
            throws IOException {
        List<byte[]> seeds = RealElfs.seeds();
        byte[] original = seeds.get(source % seeds.size());
        Random r = new Random(seed);
        StringBuilder what = new StringBuilder(" random seed " + seed + ":");
        check(new ElfMutator(original).mutate(r, what), what.toString());
    }

    @Property(tries = 1000)
    void randomBytesAreRefused(@ForAll byte[] junk) {
        String msg = check(junk, " junk");
        assertTrue(msg != null, "random bytes accepted");
    }
}

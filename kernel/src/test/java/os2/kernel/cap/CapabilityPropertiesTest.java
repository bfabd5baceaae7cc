package os2.kernel.cap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The capability model's laws, over random derivation forests held by several tables. */
class CapabilityPropertiesTest {
    /** A random forest: originals and derivations with random masks, spread over tables. */
    private static final class World {
        final CapTable[] tables;
        final List<Capability> all = new ArrayList<>();
        final HashMap<Capability, Capability> parent = new HashMap<>();

        World(long seed, int size, int tableCount) {
            Random r = new Random(seed);
            tables = new CapTable[tableCount];
            for (int i = 0; i < tableCount; i++) {
                tables[i] = new CapTable("t" + i);
            }
            for (int i = 0; i < size; i++) {
                Capability c;
                if (all.isEmpty() || r.nextInt(5) == 0) {
                    c = Capability.create(new Object(), Kind.REGION, r.nextInt(Rights.ALL + 1));
                } else {
                    Capability p = all.get(r.nextInt(all.size()));
                    c = p.derive(r.nextInt());
                    parent.put(c, p);
                }
                all.add(c);
                assertTrue(tables[r.nextInt(tableCount)].insert(c));
            }
        }

        boolean descends(Capability d, Capability a) {
            for (Capability p = parent.get(d); p != null; p = parent.get(p)) {
                if (p == a) {
                    return true;
                }
            }
            return false;
        }
    }

    @Property(tries = 200)
    void rightsNeverGrowThroughDerivation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int size) {
        World w = new World(seed, size, 3);
        for (Capability c : w.all) {
            Capability p = w.parent.get(c);
            if (p != null) {
                assertEquals(c.rights, c.rights & p.rights, "a child has a right its parent lacks");
            }
            assertEquals(0, c.rights & ~Rights.ALL);
        }
    }

    @Property(tries = 200)
    void revocationRemovesEveryDescendantAndNothingElse(@ForAll long seed,
                                                        @ForAll @IntRange(min = 1, max = 200) int size) {
        World w = new World(seed, size, 4);
        Capability victim = w.all.get(new Random(seed ^ 1).nextInt(w.all.size()));
        HashMap<Capability, long[]> before = new HashMap<>();
        for (Capability c : w.all) {
            before.put(c, new long[] {c.handleLo(), c.handleHi()});
        }
        int expected = 0;
        for (Capability c : w.all) {
            if (w.descends(c, victim)) {
                expected++;
            }
        }
        assertEquals(expected, victim.revoke());
        for (Capability c : w.all) {
            long[] h = before.get(c);
            boolean found = false;
            for (CapTable t : w.tables) {
                found |= t.get(h[0], h[1]) == c;
            }
            if (w.descends(c, victim)) {
                assertTrue(c.isDead());
                assertFalse(found, "a revoked descendant is still in a table");
            } else {
                assertFalse(c.isDead());
                assertTrue(found, "revocation took a capability that was not derived from the victim");
            }
        }
        assertEquals(0, victim.childCount());
    }

    @Property(tries = 100)
    void aMovedCapabilityLeavesTheSender(@ForAll long seed, @ForAll @IntRange(min = 2, max = 100) int size) {
        World w = new World(seed, size, 2);
        Random r = new Random(seed);
        Capability c = w.all.get(1 + r.nextInt(w.all.size() - 1));
        CapTable from = c.holder();
        CapTable to = from == w.tables[0] ? w.tables[1] : w.tables[0];
        long lo = c.handleLo();
        long hi = c.handleHi();
        from.detach(c);
        assertNull(from.get(lo, hi), "the sender still reaches a moved capability");
        assertNull(c.holder());
        assertTrue(to.insert(c));
        assertSame(c, to.get(c.handleLo(), c.handleHi()));
        assertNull(to.get(lo, hi), "a handle carried its meaning to another table");
        // The move kept its place in the tree: revoking an ancestor still reaches it.
        Capability root = c;
        while (root.parent() != null) {
            root = root.parent();
        }
        if (root != c) {
            root.revoke();
            assertTrue(c.isDead());
            assertNull(to.get(c.handleLo(), c.handleHi()));
        }
    }

    @Property(tries = 100)
    void groupsMoveTheirMembersAsOneAndDoNotNest(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n) {
        Random r = new Random(seed);
        CapTable a = new CapTable("a");
        CapTable b = new CapTable("b");
        Capability[] members = new Capability[n];
        for (int i = 0; i < n; i++) {
            Capability root = Capability.create(new Object(), Kind.CHANNEL, Rights.ALL);
            members[i] = root.derive(Rights.TRANSFER | r.nextInt(Rights.ALL + 1));
            a.insert(members[i]);
        }
        for (Capability m : members) {
            a.detach(m);
        }
        Capability g = CapGroup.pack(members);
        assertEquals(CapGroup.NESTED, CapGroup.check(new Capability[] {g}));
        assertFalse(g.has(Rights.DUPLICATE), "a group must not be copyable");
        int killed = r.nextInt(n + 1);
        for (int i = 0; i < killed; i++) {
            members[i].parent().revoke();   // revoked while in the group: gone from it
        }
        b.insert(g);
        Capability[] live = CapGroup.live(g);
        assertEquals(n - killed, live.length);
        for (int i = 0; i < live.length; i++) {
            assertSame(members[killed + i], live[i], "members come out in order");
            assertTrue(b.insert(live[i]));
            CapGroup.release(g, live[i]);
        }
        assertEquals(0, a.size());
        assertEquals(1 + live.length, b.size());
    }

    @Test
    void closingAGroupClosesItsMembers() {
        Capability.setHooks(new Capability.Hooks() {
            @Override
            public void dropped(Capability c, CapTable table) {
            }

            @Override
            public void destroyed(Capability c) {
                if (c.kind == Kind.GROUP) {
                    CapGroup.closeMembers(c);
                }
            }
        });
        try {
            Capability o = Capability.create(new Object(), Kind.REGION, Rights.ALL);
            Capability g = CapGroup.pack(new Capability[] {o});
            g.close();
            assertTrue(o.isDead(), "an original inside a closed group must be destroyed");
        } finally {
            Capability.setHooks(null);
        }
    }

    @Test
    void theOriginalTakesEveryCopyWithIt() {
        CapTable t = new CapTable("t");
        Capability o = Capability.create(new Object(), Kind.REGION, Rights.ALL);
        Capability c1 = o.derive(Rights.READ | Rights.DUPLICATE);
        Capability c2 = c1.derive(Rights.ALL);
        t.insert(c2);
        assertEquals(Rights.READ, c2.rights & ~Rights.DUPLICATE);
        c1.close();   // a closed interior node keeps its descendants reachable
        assertFalse(c2.isDead());
        o.close();
        assertTrue(c2.isDead());
        assertEquals(0, t.size());
    }

    @Test
    void closedLeavesLeaveTheTree() {
        Capability o = Capability.create(new Object(), Kind.CONSOLE, Rights.ALL);
        for (int i = 0; i < 10_000; i++) {
            o.derive(Rights.WRITE).close();
        }
        assertEquals(0, o.childCount(), "closed copies must not pile up under their parent");
    }

    @Test
    void tableAgreesWithAModelUnderRandomInsertsAndRemoves() {
        Random r = new Random(7);
        CapTable t = new CapTable("t");
        List<Capability> held = new ArrayList<>();
        for (int step = 0; step < 50_000; step++) {
            if (held.isEmpty() || r.nextInt(3) != 0) {
                Capability c = Capability.create(new Object(), Kind.REGION, Rights.ALL);
                assertTrue(t.insert(c));
                held.add(c);
            } else {
                Capability c = held.remove(r.nextInt(held.size()));
                long lo = c.handleLo();
                long hi = c.handleHi();
                c.close();
                assertNull(t.get(lo, hi));
            }
            if (step % 1000 == 0) {
                for (Capability c : held) {
                    assertSame(c, t.get(c.handleLo(), c.handleHi()));
                }
            }
        }
        assertEquals(held.size(), t.size());
    }

    @Test
    void randomHandlesAreNeverAccepted() {
        CapTable t = new CapTable("t");
        for (int i = 0; i < 1000; i++) {
            t.insert(Capability.create(new Object(), Kind.REGION, Rights.ALL));
        }
        Random r = new Random(11);
        for (int i = 0; i < 1_000_000; i++) {
            assertNull(t.get(r.nextLong(), r.nextLong()));
        }
        assertNull(t.get(0, 0));
    }

    @Test
    void chacha20MatchesRfc8439() {
        // RFC 8439 section 2.3.2: key 00..1f, counter 1, nonce 00:00:00:09:00:00:00:4a:00:00:00:00.
        int[] in = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
            0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c, 0x13121110, 0x17161514, 0x1b1a1918, 0x1f1e1d1c,
            0x00000001, 0x09000000, 0x4a000000, 0x00000000};
        int[] out = new int[16];
        ChaCha20.block(in, out);
        assertEquals(0xe4e7f110, out[0]);
        assertEquals(0x15593bd1, out[1]);
    }

    @Test
    void theFallbackGeneratorDoesNotRepeat() {
        Entropy.forceFallback(true);
        try {
            java.util.HashSet<Long> seen = new java.util.HashSet<>();
            for (int i = 0; i < 100_000; i++) {
                assertTrue(seen.add(Entropy.next()));
            }
        } finally {
            Entropy.forceFallback(false);
        }
    }

    @Test
    void aHeldCapabilityCannotBeInsertedTwice() {
        CapTable t = new CapTable("t");
        Capability c = Capability.create(new Object(), Kind.REGION, Rights.ALL);
        t.insert(c);
        assertThrows(IllegalStateException.class, () -> new CapTable("u").insert(c));
    }
}

package os2.kernel.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScancodeDecoderTest {
    final ScancodeDecoder d = new ScancodeDecoder();

    String type(int... codes) {
        StringBuilder b = new StringBuilder();
        for (int c : codes) {
            int ch = d.feed(c);
            if (ch >= 0) {
                b.append((char) ch);
            }
        }
        return b.toString();
    }

    @Test
    void plainKeysAndReleases() {
        // h e l l o (make, break), space, 1, enter
        assertEquals("hello 1\n", type(0x23, 0xA3, 0x12, 0x92, 0x26, 0xA6, 0x26, 0xA6, 0x18, 0x98, 0x39, 0x02, 0x1C));
    }

    @Test
    void shiftChangesLettersAndSymbols() {
        assertEquals("A!a", type(0x2A, 0x1E, 0x02, 0xAA, 0x1E));
        assertEquals("?", type(0x36, 0x35, 0xB6));
    }

    @Test
    void capsLockAffectsLettersOnly() {
        assertEquals("A1", type(0x3A, 0xBA, 0x1E, 0x02));
        assertEquals("a!", type(0x2A, 0x1E, 0x02, 0xAA));   // shift with caps lock: lower case letters
        assertEquals("a", type(0x3A, 0xBA, 0x1E));          // caps lock off again
    }

    @Test
    void extendedKeysAreSkipped() {
        assertEquals("x", type(0xE0, 0x48, 0xE0, 0xC8, 0xE0, 0x2A, 0x2D));
    }

    @Test
    void controlMakesControlCharacters() {
        assertEquals("\u0003", type(0x1D, 0x2E, 0x9D));
    }

    @Test
    void inputRingKeepsOrderAndDropsWhenFull() {
        InputRing.clear();
        for (int i = 0; i < InputRing.CAPACITY + 3; i++) {
            InputRing.put((char) ('a' + i % 26));
        }
        assertEquals(3, InputRing.dropped());
        assertEquals('a', InputRing.take());
        assertEquals('b', InputRing.take());
        InputRing.clear();
        assertEquals(-1, InputRing.take());
    }
}

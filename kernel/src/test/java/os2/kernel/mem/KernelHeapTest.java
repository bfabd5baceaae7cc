package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelHeapTest {
    private static final long D = 7;

    @Test
    void parsesHeapSizes() {
        assertEquals(64L << 20, KernelHeap.parseSize("heap=64M", D));
        assertEquals(64L << 20, KernelHeap.parseSize("console=serial heap=64m test=all", D));
        assertEquals(1L << 30, KernelHeap.parseSize("heap=1G", D));
        assertEquals(512L << 10, KernelHeap.parseSize("heap=512K", D));
        assertEquals(8388608L, KernelHeap.parseSize("heap=8388608", D));
        assertEquals(D, KernelHeap.parseSize("myheap=64M", D));
        assertEquals(D, KernelHeap.parseSize("heap=", D));
        assertEquals(D, KernelHeap.parseSize("heap=64X", D));
        assertEquals(D, KernelHeap.parseSize("heap=64MB", D));
        assertEquals(D, KernelHeap.parseSize(null, D));
        assertEquals(D, KernelHeap.parseSize("heap=99999999999999999999", D));
    }

    @Test
    void defaultIsAQuarterOfRamCapped() {
        assertEquals(32L << 20, KernelHeap.defaultSize(4L << 30));
        assertEquals(6L << 20, KernelHeap.defaultSize((32L << 20) - (640L << 10)));
        assertEquals(1L << 20, KernelHeap.defaultSize(2L << 20));
    }

    @Test
    void hostileValuesNeverOverflow() {
        // each of these once wrapped (value << 30 past 2^63) or was accepted as garbage
        String[] tooLarge = {
            "heap=99999999999999999999", "heap=9999999999999G", "heap=8589934592G", "heap=17179869184G",
            "heap=1099511627777K", "heap=9223372036854775807", "heap=18446744073709551616",
            "heap=" + "9".repeat(400), "heap=1048577G",
        };
        for (String c : tooLarge) {
            assertEquals(KernelHeap.TOO_LARGE, KernelHeap.parse(c), c);
            assertEquals(D, KernelHeap.parseSize(c, D), c);
        }
        assertEquals(1L << 50, KernelHeap.parse("heap=1048576G"));   // the largest accepted
        String[] malformed = {"heap=", "heap=-1", "heap=+5M", "heap=0x100000", "heap=64MB", "heap=1.5G",
            "heap=M", "heap=99999999999999999999Q", "heap= 64M", "heap=64M2", "heap=\u0000"};
        for (String c : malformed) {
            assertEquals(KernelHeap.MALFORMED, KernelHeap.parse(c), c);
        }
        assertEquals(KernelHeap.ABSENT, KernelHeap.parse("log=info"));
        assertEquals(0, KernelHeap.parse("heap=0"));
    }

    @Test
    void randomStringsParseToAValueOrAVerdict() {
        java.util.Random r = new java.util.Random(42);
        String alphabet = "0123456789KMGkmgX -=heap";
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder("heap=");
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            long v = KernelHeap.parse(b.toString());
            assertTrue(v >= KernelHeap.TOO_LARGE && v <= (1L << 50), b + " -> " + v);
            long chosen = KernelHeap.chooseSize(b.toString(), D << 20, 1L << 30);
            assertTrue(chosen == (D << 20) || (chosen >= KernelHeap.MIN_SIZE && chosen <= 1L << 30), b.toString());
        }
    }

    @Test
    void aRejectedSizeFallsBackToTheDefaultWithAReason() {
        long dflt = 6L << 20;
        long limit = 100L << 20;
        assertEquals(64L << 20, KernelHeap.chooseSize("heap=64M", dflt, limit));
        assertNull(KernelHeap.sizeWarning("heap=64M", dflt, limit));
        assertNull(KernelHeap.sizeWarning("test=all", dflt, limit));
        assertEquals(dflt, KernelHeap.chooseSize("heap=1G", dflt, limit));
        assertEquals("heap=1G is larger than the 102400 KiB of free memory, using the default 6144 KiB",
                KernelHeap.sizeWarning("test=all heap=1G log=info", dflt, limit));
        assertEquals(dflt, KernelHeap.chooseSize("heap=9999999999999G", dflt, limit));
        assertTrue(KernelHeap.sizeWarning("heap=9999999999999G", dflt, limit).contains("larger than"));
        assertEquals(dflt, KernelHeap.chooseSize("heap=lots", dflt, limit));
        assertEquals("heap=lots is malformed (want digits with an optional K, M or G suffix), using the default"
                + " 6144 KiB", KernelHeap.sizeWarning("heap=lots", dflt, limit));
        assertEquals(KernelHeap.MIN_SIZE, KernelHeap.chooseSize("heap=4K", dflt, limit));
        assertTrue(KernelHeap.sizeWarning("heap=4K", dflt, limit).contains("below the minimum"));
    }
}

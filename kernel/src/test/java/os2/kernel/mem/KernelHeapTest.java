package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

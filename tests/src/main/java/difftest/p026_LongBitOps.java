package difftest;

public class p026_LongBitOps {
    public static void main(String[] args) {
        long[] vs = {0L, 1L, -1L, 1L << 63, Long.MAX_VALUE, 0x00FF00FF00FF00FFL, 123456789012345L, -987654321098765L, 1L << 32};
        for (long v : vs) {
            System.out.println(v + ": bc " + Long.bitCount(v) + " nlz " + Long.numberOfLeadingZeros(v) + " ntz " + Long.numberOfTrailingZeros(v)
                    + " hob " + Long.highestOneBit(v) + " lob " + Long.lowestOneBit(v) + " rev " + Long.reverse(v) + " revb " + Long.reverseBytes(v)
                    + " rol " + Long.rotateLeft(v, 13) + " ror " + Long.rotateRight(v, 13) + " hex " + Long.toHexString(v));
        }
        long x = 0xDEADBEEFL;
        System.out.println((x << 32 | x) + " " + ((x << 32) >> 40) + " " + ((x << 32) >>> 40) + " " + (int) (x >>> 16));
        int i = -1;
        long widened = i;
        long unsigned = i & 0xFFFFFFFFL;
        System.out.println(widened + " " + unsigned + " " + (i & 0xFFFFFFFF));
    }
}

package difftest;

public class p085_StringFormatInts {
    public static void main(String[] args) {
        int[] vs = {0, 7, -7, 42, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : vs) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%,d] [%x] [%X] [%o] [%+d] [% d] [%(d] [%08X] [%,12d]", v, v, v, v, v, v, v, v, v, v, v, v, v));
        }
        long[] ls = {0L, 1L << 40, -1L, Long.MIN_VALUE, 9876543210L};
        for (long v : ls) System.out.println(String.format("[%d] [%,d] [%x] [%20d] [%-20d|]", v, v, v, v, v));
        System.out.println(String.format("%d %d %d %d", (byte) -1, (short) 300, Integer.valueOf(5), Long.valueOf(6)));
        System.out.println(String.format("%x %x", (byte) -1, (short) -1));
        System.out.println(String.format("%3$d %1$d %2$d %1$d", 1, 2, 3));
        System.out.println(String.format("%#x %#o", 255, 8));
    }
}

package difftest;

public class p004_Shifts {
    static int shl(int a, int n) { return a << n; }
    static int shr(int a, int n) { return a >> n; }
    static int ushr(int a, int n) { return a >>> n; }
    static long lshl(long a, int n) { return a << n; }
    static long lshr(long a, int n) { return a >> n; }
    static long lushr(long a, int n) { return a >>> n; }

    public static void main(String[] args) {
        int[] counts = {0, 1, 5, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] ivals = {1, -1, 0x12345678, Integer.MIN_VALUE, -8, 8};
        for (int v : ivals)
            for (int n : counts)
                System.out.println(v + " by " + n + ": " + shl(v, n) + " " + shr(v, n) + " " + ushr(v, n));
        long[] lvals = {1L, -1L, 0x123456789ABCDEF0L, Long.MIN_VALUE, -8L};
        for (long v : lvals)
            for (int n : counts)
                System.out.println(v + " by " + n + ": " + lshl(v, n) + " " + lshr(v, n) + " " + lushr(v, n));
        System.out.println((-1 >>> 28) + " " + (-1L >>> 60) + " " + (-16 >> 2) + " " + (-17 >> 2));
        byte b = -128;
        System.out.println((b >>> 4) + " " + ((b & 0xFF) >>> 4) + " " + (b >> 4));
        short s = -1; s >>>= 10;
        System.out.println(s);
        char c = 0xFFFF; c >>>= 4;
        System.out.println((int) c);
    }
}

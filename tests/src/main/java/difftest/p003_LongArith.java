package difftest;

public class p003_LongArith {
    public static void main(String[] args) {
        long[] vs = {0L, 1L, -1L, 3L, -3L, 1000000007L, 1L << 40, -(1L << 40), 123456789012345L,
                Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (long a : vs) {
            for (long b : vs) {
                if (b == 0) continue;
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b)
                        + " " + (a < b) + " " + Long.compare(a, b));
            }
        }
        long x = 0x123456789ABCDEFL;
        System.out.println(Long.toHexString(x * 0x9E3779B97F4A7C15L));
        int i = (int) x;
        System.out.println(i + " " + (short) x + " " + (byte) x + " " + (int) (char) x);
        long m = 1;
        for (int k = 0; k < 70; k++) m = m * 3 + 1;
        System.out.println(m);
    }
}

package difftest;

public class p180_LongLoop {
    public static void main(String[] args) {
        long x = 0x9E3779B97F4A7C15L, acc = 0;
        int ia = 0;
        double da = 0;
        float fa = 0;
        for (int i = 0; i < 20_000_000; i++) {
            x ^= x << 13; x ^= x >>> 7; x ^= x << 17;
            acc += x >>> 40;
            ia = ia * 31 + (int) x;
            if ((i & 1023) == 0) { da += (x >>> 11) * 0x1.0p-53; fa += (float) (ia & 0xFF) / 256f; }
        }
        System.out.println(x + " " + acc + " " + ia + " " + da + " " + fa);
        int collatzMax = 0, arg = 0;
        for (int n = 1; n < 300000; n++) {
            long v = n;
            int steps = 0;
            while (v != 1) { v = (v & 1) == 0 ? v >> 1 : 3 * v + 1; steps++; }
            if (steps > collatzMax) { collatzMax = steps; arg = n; }
        }
        System.out.println("collatz " + arg + " " + collatzMax);
    }
}

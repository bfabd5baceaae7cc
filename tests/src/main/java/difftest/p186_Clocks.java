package difftest;

/** System.nanoTime is monotonic and currentTimeMillis is wall-clock time (values vary, their relations don't). */
public class p186_Clocks {
    public static void main(String[] args) {
        long prev = System.nanoTime();
        boolean monotonic = true;
        for (int i = 0; i < 100_000; i++) {
            long now = System.nanoTime();
            if (now < prev) monotonic = false;
            prev = now;
        }
        System.out.println("nanoTime monotonic: " + monotonic);
        long start = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) sum += i % 7;
        long elapsed = System.nanoTime() - start;
        System.out.println("work " + sum + " took time: " + (elapsed > 0));
        long millis = System.currentTimeMillis();
        // after 2020-01-01 and before 2100-01-01
        System.out.println("wall clock plausible: " + (millis > 1_577_836_800_000L && millis < 4_102_444_800_000L));
    }
}

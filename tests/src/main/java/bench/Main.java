package bench;

/**
 * Runs benchmarks in one process: {@code bench.Main [name|all] [iterations]}.
 * Prints one line per benchmark: the checksum and every iteration's time, so the
 * caller can take the steady state (the later iterations) and the first one.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "all";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (String name : Benchmarks.NAMES) {
            if (!which.equals("all") && !which.equals(name)) {
                continue;
            }
            StringBuilder times = new StringBuilder();
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                check = Benchmarks.run(name);
                long t1 = System.nanoTime();
                times.append(' ').append(t1 - t0);
            }
            System.out.println(name + " " + check + times);
        }
    }
}

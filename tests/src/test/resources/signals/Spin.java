package signals;

/** SignalTest's program: prints without a line end, then computes until a signal ends it. */
public class Spin {
    public static void main(String[] args) {
        System.err.println("ready");
        System.out.print("buffered before the signal");
        long x = 0;
        for (long i = 0; ; i++) {
            x += i ^ (x >>> 3);
            if (x == 42) System.out.println(x);
        }
    }
}

package difftest;

public class p122_UncaughtException {
    static void fail(int n) {
        if (n == 0) throw new IllegalStateException("uncaught on purpose");
        fail(n - 1);
    }

    public static void main(String[] args) {
        for (int i = 0; i < 200; i++) System.out.println("line " + i + " must be flushed before the exit");
        System.out.print("partial line without newline");
        try {
            fail(5);
        } finally {
            System.out.println(" / finally runs before exiting");
        }
        System.out.println("not reached");
    }
}

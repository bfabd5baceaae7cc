package difftest;

public class p125_ExitInFinally {
    static int depth(int n) {
        if (n == 0) {
            System.out.println("deep exit");
            System.exit(42);
        }
        try {
            return depth(n - 1);
        } finally {
            System.out.println("never printed " + n);
        }
    }

    public static void main(String[] args) {
        try {
            throw new RuntimeException("pending");
        } finally {
            System.out.println("in finally, exiting from depth");
            depth(10);
        }
    }
}

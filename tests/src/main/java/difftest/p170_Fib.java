package difftest;

public class p170_Fib {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long fibIter(int n) { long a = 0, b = 1; for (int i = 0; i < n; i++) { long t = a + b; a = b; b = t; } return a; }
    static long[] memo = new long[100];
    static long fibMemo(int n) { if (n < 2) return n; if (memo[n] != 0) return memo[n]; return memo[n] = fibMemo(n - 1) + fibMemo(n - 2); }

    public static void main(String[] args) {
        for (int i = 0; i <= 30; i += 5) System.out.print(fib(i) + " ");
        System.out.println();
        System.out.println(fib(32));
        System.out.println(fibIter(90) + " " + fibMemo(90) + " " + fibIter(93) + " " + fibIter(100));
    }
}

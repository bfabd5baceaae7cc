package difftest;

public class p171_Ackermann {
    static int calls;
    static int ack(int m, int n) {
        calls++;
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) {
            for (int n = 0; n <= 4; n++) {
                calls = 0;
                System.out.print("A(" + m + "," + n + ")=" + ack(m, n) + "[" + calls + "] ");
            }
            System.out.println();
        }
        calls = 0;
        System.out.println(ack(2, 200) + " " + calls);
        System.out.println(depth(5000));
    }
}

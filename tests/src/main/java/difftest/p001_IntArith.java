package difftest;

public class p001_IntArith {
    public static void main(String[] args) {
        int[] vs = {0, 1, -1, 7, -7, 13, 100, -100, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : vs) {
            for (int b : vs) {
                if (b == 0) continue;
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
            }
        }
        int x = 17;
        x *= 3; x -= 4; x /= 2; x %= 7; x <<= 3; x >>= 1; x ^= 0x55; x |= 0x100; x &= 0x1F0;
        System.out.println("compound " + x);
        System.out.println(-(-2147483648) + " " + (~0) + " " + (~5) + " " + (-x));
    }
}

package difftest;

import java.util.Arrays;
import java.util.List;

public class p139_Loops {
    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 10; i++) s += i;
        int j = 0;
        while (j < 10) j += 3;
        int k = 100;
        do { k /= 2; } while (k > 10);
        System.out.println(s + " " + j + " " + k);
        for (int a = 0, b = 10; a < b; a++, b--) System.out.print(a + ":" + b + " ");
        System.out.println();
        for (int x : new int[]{3, 1, 4}) System.out.print(x);
        System.out.println();
        List<String> l = Arrays.asList("x", "y", "z");
        for (String x : l) System.out.print(x);
        System.out.println();
        int c = 0;
        for (;;) { if (++c == 7) break; }
        System.out.println(c);
        long sum = 0;
        for (long i = Integer.MAX_VALUE - 5L; i <= Integer.MAX_VALUE + 5L; i++) sum += i;
        System.out.println(sum);
        int count = 0;
        for (byte b = -128; ; b++) { count++; if (b == 127) break; }
        System.out.println(count);
        int iters = 0;
        for (int i = Integer.MAX_VALUE - 3; i > 0 && iters < 10; i++) iters++;
        System.out.println(iters);
        double d = 0;
        for (double x = 0; x < 1; x += 0.1) d++;
        System.out.println(d);
        int nested = 0;
        for (int a = 0; a < 30; a++) for (int b = a; b < 30; b++) for (int e = b; e < 30; e++) nested++;
        System.out.println(nested);
    }
}

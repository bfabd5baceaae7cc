package difftest;

import java.util.Random;

public class p160_Random {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 20; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int bound : new int[]{1, 2, 7, 16, 1000, 1 << 30, Integer.MAX_VALUE}) sb.append(r.nextInt(bound)).append(' ');
        System.out.println(sb);
        for (int i = 0; i < 5; i++) System.out.println(r.nextLong() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextBoolean() + " " + r.nextGaussian());
        Random r2 = new Random(-1L);
        System.out.println(r2.nextInt(10) + " " + r2.nextLong());
        r2.setSeed(42);
        System.out.println(r2.nextInt() + " " + new Random(42).nextInt());
        byte[] bytes = new byte[10];
        new Random(0).nextBytes(bytes);
        System.out.println(java.util.Arrays.toString(bytes));
        try { r.nextInt(0); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        Random r3 = new Random(2024);
        int[] hist = new int[10];
        for (int i = 0; i < 100000; i++) hist[r3.nextInt(10)]++;
        System.out.println(java.util.Arrays.toString(hist));
        double g = 0;
        for (int i = 0; i < 1000; i++) g += r3.nextGaussian();
        System.out.println(g);
    }
}

package difftest;

public class p002_IntOverflow {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(min * -1);
        System.out.println(Math.abs(min));
        System.out.println(-min);
        int h = 0;
        for (int i = 0; i < 1000; i++) h = h * 31 + i * 1000003;
        System.out.println("hash " + h);
        int f = 1;
        for (int i = 1; i <= 20; i++) { f *= i; System.out.println(i + "! = " + f); }
        short s = Short.MAX_VALUE; s++;
        byte b = Byte.MAX_VALUE; b++;
        char c = Character.MAX_VALUE; c++;
        System.out.println(s + " " + b + " " + (int) c);
        long l = Long.MAX_VALUE; l++;
        System.out.println(l + " " + (Long.MIN_VALUE - 1) + " " + (Long.MAX_VALUE * 3));
    }
}

package difftest;

public class p029_WideningMix {
    static long twice(long x) { return x * 2; }
    static double half(double x) { return x / 2; }
    static float third(float x) { return x / 3; }

    public static void main(String[] args) {
        int big = 2000000000;
        System.out.println(big + big);
        System.out.println((long) big + big);
        System.out.println(big * 3L);
        System.out.println(twice(big));
        System.out.println(half(7));
        System.out.println(third(10));
        System.out.println(7 / 2 + " " + 7 / 2.0 + " " + 7 / 2f + " " + 7L / 2);
        int i = 123456789;
        float f = i;
        System.out.println(f + " " + (int) f + " " + (i - (int) f));
        long l = 1234567890123456789L;
        double d = l;
        System.out.println(d + " " + (long) d + " " + (l - (long) d));
        byte b = 10; short s = 20; char c = 30;
        System.out.println(b + s + c);
        System.out.println(b * 1.5 + s * 1.5f);
        char c2 = 'A';
        int shifted = c2 << 20;
        System.out.println(shifted);
        Object o = 1 + 2L;
        System.out.println(o.getClass().getName() + " " + o);
        Object o2 = 1 + 2f;
        System.out.println(o2.getClass().getName() + " " + o2);
        Object o3 = 'a' + 1;
        System.out.println(o3.getClass().getName() + " " + o3);
    }
}

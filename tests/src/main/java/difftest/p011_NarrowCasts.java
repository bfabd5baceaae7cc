package difftest;

public class p011_NarrowCasts {
    public static void main(String[] args) {
        double[] ds = {0.0, 127.9, 128.0, 255.5, 300.7, -129.2, 32767.9, 32768.0, 65535.9, 65536.5, -1.5, 1e10, -1e10,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 70000.25};
        for (double d : ds) {
            System.out.println(d + ": byte " + (byte) d + " short " + (short) d + " char " + (int) (char) d);
        }
        float[] fs = {200.5f, -200.5f, 1e10f, Float.NaN, 65537f};
        for (float f : fs) System.out.println(f + ": byte " + (byte) f + " short " + (short) f + " char " + (int) (char) f);
        int[] is = {0, 127, 128, 255, 256, -1, -128, -129, 32768, 65535, 65536, 0x12345678, Integer.MIN_VALUE};
        for (int i : is) System.out.println(i + ": byte " + (byte) i + " short " + (short) i + " char " + (int) (char) i);
        long[] ls = {0x1234567890ABCDEFL, -1L, 0x80000000L, 0xFFFFFFFFL};
        for (long l : ls) System.out.println(l + ": int " + (int) l + " byte " + (byte) l + " short " + (short) l + " char " + (int) (char) l);
        char c = (char) -1;
        short s = (short) c;
        byte b = (byte) c;
        System.out.println((int) c + " " + s + " " + b + " " + (char) 65 + " " + (int) (char) (byte) -1);
    }
}

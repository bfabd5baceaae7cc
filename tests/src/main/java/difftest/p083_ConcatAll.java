package difftest;

public class p083_ConcatAll {
    static class Thing { public String toString() { return "Thing!"; } }
    enum Color { RED, GREEN }
    record Pt(int x, int y) { }

    public static void main(String[] args) {
        byte b = -5; short s = 300; char c = 'Q'; int i = -42; long l = 1L << 40; float f = 1.25f; double d = -3.5e-10; boolean z = true;
        Object o = new Thing();
        String str = "str";
        System.out.println("b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d + " z=" + z + " o=" + o + " str=" + str);
        System.out.println(b + s + c + i + "|" + l + f + d);
        System.out.println("" + Color.GREEN + Color.RED.ordinal() + new Pt(1, 2));
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        System.out.println(acc);
        acc += 'x';
        acc += 1.0;
        acc += null;
        System.out.println(acc);
        int[] arr = {1};
        System.out.println("arr0=" + arr[0] + " len=" + arr.length + " char+int=" + (char) ('a' + 1) + " neg=" + -i);
        System.out.println("nested " + ("in" + ("ner" + 1)) + 2 + 3 + (2 + 3));
        System.out.println(1 + 2 + "3" + 4 + 5);
        char[] chars = {'h', 'i'};
        System.out.println("chars=" + String.valueOf(chars));
        System.out.println("max " + Long.MAX_VALUE + " min " + Integer.MIN_VALUE + " nan " + Float.NaN + " inf " + Double.NEGATIVE_INFINITY + " \u0001end".length());
        String lit = "a" + "b" + 1 + 'c' + 2.5 + true;
        System.out.println(lit);
    }
}

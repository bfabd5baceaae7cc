package difftest;

public class p162_IntegerCache {
    static Integer box(int i) { return i; }
    static Long lbox(long l) { return l; }

    public static void main(String[] args) {
        for (int i : new int[]{-129, -128, -1, 0, 100, 127, 128, 1000}) {
            Integer a = box(i), b = box(i);
            System.out.println(i + ": == " + (a == b) + " equals " + a.equals(b) + " valueOf== " + (Integer.valueOf(i) == Integer.valueOf(i)));
        }
        for (long l : new long[]{-128, 127, 128}) System.out.println(l + ": " + (lbox(l) == lbox(l)));
        Character c1 = 'a', c2 = 'a';
        Character c3 = '\u0100', c4 = '\u0100';
        System.out.println((c1 == c2) + " " + (c3 == c4) + " " + c3.equals(c4));
        Boolean b1 = true, b2 = Boolean.valueOf("true");
        System.out.println((b1 == b2) + " " + (b1 == Boolean.TRUE));
        Byte y1 = (byte) 100, y2 = (byte) 100;
        Short s1 = (short) 50, s2 = (short) 50;
        System.out.println((y1 == y2) + " " + (s1 == s2));
        Integer big1 = 1000, big2 = 1000;
        System.out.println((big1 <= big2 && big1 >= big2) + " " + (big1.intValue() == big2));
    }
}

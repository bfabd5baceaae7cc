package difftest;

public class p023_LongParse {
    static void parse(String s, int radix) {
        try { System.out.println("'" + s + "'/" + radix + " -> " + Long.parseLong(s, radix)); }
        catch (NumberFormatException e) { System.out.println("'" + s + "'/" + radix + " NFE " + e.getMessage()); }
    }

    public static void main(String[] args) {
        String[] ss = {"0", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "123456789012", "-1", "1L", "", "--1"};
        for (String s : ss) parse(s, 10);
        parse("7fffffffffffffff", 16); parse("-8000000000000000", 16); parse("8000000000000000", 16); parse("zzzzzzzzzzzz", 36);
        System.out.println(Long.valueOf(5L).hashCode() + " " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32) + " " + Long.valueOf(7).equals(7L) + " " + Long.valueOf(7).equals(7));
        System.out.println(Long.toString(Long.MIN_VALUE) + " " + Long.toString(255, 16) + " " + Long.toString(-255, 2) + " " + Long.toString(35, 36));
        System.out.println(Long.toHexString(-1L) + " " + Long.toOctalString(8L) + " " + Long.toBinaryString(10L) + " " + Long.toUnsignedString(-1L));
        System.out.println(Long.parseUnsignedLong("18446744073709551615") + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10));
        System.out.println(Long.compareUnsigned(-1L, 1L) + " " + Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.SIZE + " " + Long.BYTES);
    }
}

package difftest;

public class p022_IntegerParse {
    static void parse(String s) {
        try { System.out.println("'" + s + "' -> " + Integer.parseInt(s)); }
        catch (NumberFormatException e) { System.out.println("'" + s + "' NFE " + e.getMessage()); }
    }

    static void parse(String s, int radix) {
        try { System.out.println("'" + s + "'/" + radix + " -> " + Integer.parseInt(s, radix)); }
        catch (NumberFormatException e) { System.out.println("'" + s + "'/" + radix + " NFE " + e.getMessage()); }
    }

    public static void main(String[] args) {
        String[] ss = {"0", "-0", "+5", "123", "-2147483648", "2147483647", "2147483648", "-2147483649", "", "-", "+", "12a", " 1", "007", "99999999999"};
        for (String s : ss) parse(s);
        parse("ff", 16); parse("-FF", 16); parse("777", 8); parse("1010", 2); parse("zz", 36); parse("12", 2); parse("7fffffff", 16); parse("80000000", 16);
        System.out.println(Integer.valueOf("42") + " " + Integer.valueOf(42).equals(42) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff"));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-2));
        System.out.println(Integer.toString(-255) + " " + String.valueOf(Integer.MIN_VALUE) + " " + Integer.toString(0));
        try { Integer.parseInt(null); } catch (NumberFormatException e) { System.out.println("null: " + e.getMessage()); }
    }
}

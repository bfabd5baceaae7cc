package difftest;

public class p074_Interning {
    static final String CONST = "ab";
    static class Other { static final String LIT = "abcd"; static String lit() { return "abcd"; } }

    public static void main(String[] args) {
        String a = "abcd";
        String b = "ab" + "cd";
        String c = CONST + "cd";
        String part = "ab";
        String d = part + "cd";
        String e = d.intern();
        final String fin = "ab";
        String f = fin + "cd";
        System.out.println((a == b) + " " + (a == c) + " " + (a == d) + " " + (a == e) + " " + (a == f));
        System.out.println((a == Other.LIT) + " " + (a == Other.lit()) + " " + a.equals(d));
        String n = "x" + 1;
        String m = "x1";
        System.out.println((n == m) + " " + (("x" + 1) == m));
        String ctor = new String("abcd");
        System.out.println((ctor == a) + " " + (ctor.intern() == a) + " " + (a.toString() == a) + " " + (String.valueOf(a) == a));
        String sub = "xabcd".substring(1);
        System.out.println((sub == a) + " " + (sub.intern() == a) + " " + ("abcd".substring(0) == a));
        char[] cs = {'a', 'b', 'c', 'd'};
        System.out.println((new String(cs).intern() == a) + " " + ("" + a == a));
    }
}

package difftest;

public class p072_StringHash {
    public static void main(String[] args) {
        String[] ss = {"", "a", "Aa", "BB", "hello", "Hello, World!", "polygenelubricants", "the quick brown fox jumps over the lazy dog",
                "\u00e9t\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "0123456789abcdefghijklmnopqrstuvwxyz"};
        for (String s : ss) System.out.println(s.length() + " " + s.hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append((char) ('a' + i % 26));
        System.out.println(sb.toString().hashCode());
        String s = "cache";
        System.out.println(s.hashCode() == s.hashCode() && s.hashCode() == new String("cache").hashCode());
        System.out.println(Character.hashCode('x') + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false));
    }
}

package difftest;

public class p071_StringEquals {
    public static void main(String[] args) {
        String a = "hello";
        String b = new String("hello");
        String c = "hel" + "lo";
        String d = new StringBuilder("hel").append("lo").toString();
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + a.equals(d) + " " + b.equals(d) + " " + a.equals(null) + " " + a.equals((Object) 5));
        System.out.println(a.equalsIgnoreCase("HeLLo") + " " + a.contentEquals(new StringBuilder("hello")) + " " + "".equals(new String()));
        System.out.println(a.compareTo("help") + " " + a.compareTo("hello!") + " " + "b".compareTo("a") + " " + "".compareTo("abc") + " " + "A".compareToIgnoreCase("a"));
        System.out.println(a.isEmpty() + " " + "".isEmpty() + " " + "  ".isBlank() + " " + a.length() + " " + "".length());
        System.out.println(a.startsWith("he") + " " + a.endsWith("lo") + " " + a.startsWith("l", 2) + " " + a.contains("ell") + " " + a.contains(""));
        System.out.println(a.regionMatches(1, "xell", 1, 3) + " " + a.regionMatches(true, 0, "HE", 0, 2));
        String n = null;
        System.out.println("x".equals(n) + " " + java.util.Objects.equals(n, null));
    }
}

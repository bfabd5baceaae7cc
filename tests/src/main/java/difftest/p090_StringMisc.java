package difftest;

public class p090_StringMisc {
    public static void main(String[] args) {
        String s = "Mississippi";
        System.out.println(s.toLowerCase().indexOf("ss") + " " + s.matches("M.*i") + " " + s.matches("[a-z]+"));
        char[] arr = s.toCharArray();
        java.util.Arrays.sort(arr);
        System.out.println(new String(arr) + " " + new String(arr, 2, 3) + " " + String.valueOf(arr).length());
        System.out.println(String.valueOf(1) + String.valueOf('2') + String.valueOf(3L) + String.valueOf(4.0) + String.valueOf(5.0f) + String.valueOf(false));
        byte[] bytes = "ABC xyz".getBytes();
        System.out.println(bytes.length + " " + bytes[0] + " " + bytes[6] + " " + new String(bytes, 0, 3));
        System.out.println("a-b-c".lastIndexOf('-') + " " + "A".toLowerCase().charAt(0) + " " + "tEsT".toUpperCase() + " " + "x".compareTo("x"));
        StringBuilder sb = new StringBuilder();
        for (String w : "the quick brown fox".split(" ")) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println("%s".equals("%" + "s") + " " + "tab\tnew\\n".length() + " " + "quote\"s".length());
        System.out.println(String.copyValueOf(new char[]{'o', 'k'}) + " " + "ok".toString() + " " + "abc".endsWith(""));
    }
}

package difftest;

public class p081_StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(1.5f).append(2.5).append(true).append((Object) null).append((String) null).append("s");
        sb.append(new char[]{'x', 'y'}).append("abcdef", 1, 3).append(-0.0).append(Integer.MIN_VALUE);
        System.out.println(sb + " " + sb.length());
        sb.setLength(5);
        System.out.println(sb);
        sb.insert(0, "start-").insert(3, 42).insert(sb.length(), '!');
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse().delete(0, 6).deleteCharAt(0);
        System.out.println(sb + " " + sb.indexOf("c") + " " + sb.charAt(1));
        sb.setCharAt(0, 'Z');
        sb.replace(1, 3, "REPL");
        System.out.println(sb + " " + sb.lastIndexOf("L"));
        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.substring(990) + " " + big.substring(5, 10));
        StringBuilder a = new StringBuilder("abc"), b = new StringBuilder("abc");
        System.out.println(a.equals(b) + " " + a.toString().equals(b.toString()) + " " + a.compareTo(b));
        StringBuffer buf = new StringBuffer("buf");
        buf.append(1).insert(0, '>');
        System.out.println(buf + " " + buf.length());
        try { sb.charAt(100); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE " + e.getClass().getSimpleName()); }
        try { sb.deleteCharAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println("SIOOBE"); }
        StringBuilder surr = new StringBuilder("a\ud83d\ude00b");
        System.out.println(surr.reverse().length() + " " + (int) surr.charAt(0) + " " + (int) surr.charAt(1) + " " + (int) surr.charAt(2));
    }
}

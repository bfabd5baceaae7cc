package difftest;

public class p176_StringBuilderBig {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200000; i++) sb.append(i % 7 == 0 ? "seven" : Integer.toString(i, 36));
        String s = sb.toString();
        System.out.println(s.length() + " " + s.hashCode() + " " + s.substring(100000, 100040));
        int count = 0, idx = 0;
        while ((idx = s.indexOf("seven", idx)) >= 0) { count++; idx += 5; }
        System.out.println(count);
        String r = "";
        for (int i = 0; i < 2000; i++) r += (char) ('a' + i % 26);
        System.out.println(r.length() + " " + r.hashCode());
        String[] parts = s.substring(0, 5000).split("seven");
        System.out.println(parts.length + " " + parts[3]);
        System.out.println(sb.reverse().substring(0, 30));
    }
}

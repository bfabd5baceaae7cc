package difftest;

public class p079_TrimStrip {
    public static void main(String[] args) {
        String[] ss = {"  hi  ", "\t\n x \r\n", "", "   ", "no", " a b ", "\u0001ctl\u0001"};
        for (String s : ss) {
            System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "] "
                    + s.isBlank() + " " + s.trim().length());
        }
        String t = "abc";
        System.out.println(t.trim() == t);
    }
}

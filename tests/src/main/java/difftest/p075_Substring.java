package difftest;

public class p075_Substring {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|" + s.substring(3, 3) + "|" + s.subSequence(1, 4));
        System.out.println(s.charAt(0) + "" + s.charAt(11) + " " + s.codePointAt(1) + " " + s.toUpperCase() + " " + s.toLowerCase());
        for (int i = 0; i <= s.length(); i += 3) System.out.print("[" + s.substring(i) + "]");
        System.out.println();
        System.out.println(s.concat("!") + " " + "".concat("") + " " + s.lastIndexOf('o'));
        String[] bad = {"-1", "13", "5,2"};
        for (String b : bad) {
            try {
                if (b.contains(",")) s.substring(5, 2); else s.substring(Integer.parseInt(b));
            } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        }
        StringBuilder rev = new StringBuilder();
        for (int i = s.length() - 1; i >= 0; i--) rev.append(s.charAt(i));
        System.out.println(rev);
    }
}

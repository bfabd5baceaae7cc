package difftest;

public class p076_IndexOf {
    public static void main(String[] args) {
        String s = "abracadabra";
        System.out.println(s.indexOf('a') + " " + s.indexOf('a', 1) + " " + s.indexOf('z') + " " + s.indexOf("bra") + " " + s.indexOf("bra", 2)
                + " " + s.indexOf("") + " " + s.indexOf("", 20) + " " + s.indexOf("abracadabrax"));
        System.out.println(s.lastIndexOf('a') + " " + s.lastIndexOf('a', 9) + " " + s.lastIndexOf("abra") + " " + s.lastIndexOf("abra", 6) + " " + s.lastIndexOf(""));
        System.out.println(s.indexOf(98) + " " + s.indexOf('c', -5) + " " + s.indexOf('c', 100));
        int count = 0, from = 0;
        while ((from = s.indexOf("a", from)) >= 0) { count++; from++; }
        System.out.println("count " + count);
        String t = "aaaa";
        System.out.println(t.indexOf("aa", 1) + " " + t.lastIndexOf("aa") + " " + t.replace("aa", "b"));
        System.out.println("x".indexOf("x") + " " + "".indexOf("") + " " + "".indexOf("a"));
    }
}

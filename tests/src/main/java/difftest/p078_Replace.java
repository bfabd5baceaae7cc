package difftest;

public class p078_Replace {
    public static void main(String[] args) {
        String s = "the cat sat on the mat";
        System.out.println(s.replace('a', 'o'));
        System.out.println(s.replace("the", "a"));
        System.out.println(s.replace("at", ""));
        System.out.println(s.replace("", "-"));
        System.out.println(s.replace("xyz", "q") == s);
        System.out.println("aaa".replace("a", "aa"));
        System.out.println(s.replaceAll("[aeiou]", "_"));
        System.out.println(s.replaceFirst("the", "THE"));
        System.out.println("a.b.c".replace(".", "\\"));
        System.out.println("x1y22z".replaceAll("[0-9]", "#"));
        System.out.println(String.join("/", "a", "b") + " " + "tab\there".replace('\t', ' '));
    }
}

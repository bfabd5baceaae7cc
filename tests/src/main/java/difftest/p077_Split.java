package difftest;

import java.util.Arrays;

public class p077_Split {
    static void show(String[] parts) { System.out.println(parts.length + " " + Arrays.toString(parts)); }

    public static void main(String[] args) {
        show("a,b,c".split(","));
        show("a,b,,c,,".split(","));
        show(",a,b".split(","));
        show("a,b,,c,,".split(",", -1));
        show("a,b,c,d".split(",", 2));
        show("".split(","));
        show(",".split(","));
        show("no-sep".split(","));
        show("a b  c".split(" "));
        show("a.b.c".split("\\."));
        show("a|b|c".split("\\|"));
        show("one two\tthree".split("\\s+"));
        show("2024-01-15".split("-"));
        show("a1b22c333".split("[0-9]+"));
        show("key=value=more".split("=", 2));
        show("abc".split(""));
    }
}

package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

public class p080_RepeatJoin {
    public static void main(String[] args) {
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|" + "".repeat(5) + "|" + "-".repeat(20));
        try { "a".repeat(-1); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(String.join(", ", "a", "b", "c"));
        List<String> l = new ArrayList<>();
        System.out.println("[" + String.join("-", l) + "]");
        l.add("x"); l.add(null); l.add("z");
        System.out.println(String.join("-", l));
        StringJoiner j = new StringJoiner(", ", "{", "}");
        System.out.println(j.toString() + " " + j.length());
        j.add("one").add("two");
        System.out.println(j + " " + j.length());
        StringJoiner e = new StringJoiner("/");
        e.setEmptyValue("EMPTY");
        System.out.println(e);
        System.out.println(String.valueOf(new char[]{'o', 'k'}) + " " + String.valueOf(true) + " " + String.valueOf((Object) null) + " " + String.valueOf(3.0f));
        System.out.println("Title".toUpperCase() + "MiXeD".toLowerCase() + " " + "abc".toCharArray().length);
    }
}

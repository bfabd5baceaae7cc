package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

public class p095_MethodRefBound {
    static class Acc {
        int total;
        void add(int x) { total += x; }
        int get() { return total; }
    }

    static String describe() { return "static"; }

    public static void main(String[] args) {
        String s = "hello world";
        Predicate<String> has = s::contains;
        Function<Integer, Character> at = s::charAt;
        Supplier<Integer> len = s::length;
        System.out.println(has.test("wor") + " " + has.test("xyz") + " " + at.apply(4) + " " + len.get());
        Acc acc = new Acc();
        Consumer<Integer> adder = acc::add;
        for (int i = 1; i <= 10; i++) adder.accept(i);
        Supplier<Integer> g = acc::get;
        System.out.println(g.get());
        List<String> out = new ArrayList<>();
        Consumer<String> c = out::add;
        c.accept("a"); c.accept("b");
        System.out.println(out);
        Consumer<Object> pr = System.out::println;
        pr.accept("printed via System.out::println");
        String nullStr = null;
        try {
            Supplier<Integer> bad = nullStr::length;
            System.out.println("not reached " + bad);
        } catch (NullPointerException e) {
            System.out.println("NPE at bound method ref creation");
        }
        Supplier<String> st = p095_MethodRefBound::describe;
        System.out.println(st.get());
        Supplier<String> sup = new StringBuilder("sb")::toString;
        System.out.println(sup.get());
    }
}

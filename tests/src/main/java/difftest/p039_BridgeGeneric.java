package difftest;

import java.util.Comparator;
import java.util.function.Function;

public class p039_BridgeGeneric {
    interface Box<T> { T get(); void set(T t); }
    static class IntBox implements Box<Integer> {
        Integer v = 0;
        public Integer get() { return v; }
        public void set(Integer t) { v = t * 10; }
    }
    static abstract class Node<T extends Comparable<T>> {
        abstract T value();
        int cmp(Node<T> o) { return value().compareTo(o.value()); }
    }
    static class StrNode extends Node<String> {
        final String s;
        StrNode(String s) { this.s = s; }
        String value() { return s; }
    }
    static class Len implements Function<String, Integer> {
        public Integer apply(String s) { return s.length(); }
    }
    static class ByLen implements Comparator<String> {
        public int compare(String a, String b) { return a.length() - b.length(); }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Box<Integer> b = new IntBox();
        b.set(4);
        System.out.println(b.get());
        Box raw = b;
        raw.set(7);
        System.out.println(raw.get());
        try { raw.set("str"); } catch (ClassCastException e) { System.out.println("CCE via bridge"); }
        System.out.println(new StrNode("apple").cmp(new StrNode("banana")));
        Function<String, Integer> f = new Len();
        Function raw2 = f;
        System.out.println(f.apply("four") + " " + raw2.apply("sixsix"));
        Comparator<String> c = new ByLen();
        System.out.println(c.compare("aa", "b") + " " + c.reversed().compare("aa", "b"));
    }
}

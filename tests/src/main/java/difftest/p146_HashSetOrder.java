package difftest;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

public class p146_HashSetOrder {
    public static void main(String[] args) {
        Set<String> s = new HashSet<>();
        for (String w : "zebra apple mango kiwi banana cherry date fig grape lemon lime apple kiwi".split(" ")) s.add(w);
        System.out.println(s + " " + s.size());
        Set<Integer> is = new HashSet<>();
        for (int i = 0; i < 50; i++) is.add((i * 31) ^ (i << 12));
        System.out.println(is);
        Set<Character> cs = new HashSet<>();
        for (char c : "hello world".toCharArray()) cs.add(c);
        System.out.println(cs);
        System.out.println(s.remove("kiwi") + " " + s.remove("nope") + " " + s.contains("fig") + " " + s.add("fig"));
        Set<String> other = new HashSet<>(Set.of("fig", "date", "plum"));
        Set<String> inter = new HashSet<>(s);
        inter.retainAll(other);
        Set<String> union = new HashSet<>(s);
        union.addAll(other);
        System.out.println(inter + " " + union);
        Iterator<Integer> it = is.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(is.size() + " " + is.hashCode() + " " + s.hashCode());
        Set<String> linked = new LinkedHashSet<>();
        for (String w : "c a b a c d".split(" ")) linked.add(w);
        System.out.println(linked);
        Set<Long> ls = new HashSet<>();
        for (long l = 1; l < 1L << 60; l *= 7) ls.add(l);
        System.out.println(ls);
    }
}

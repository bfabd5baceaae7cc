package difftest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class p163_Autoboxing {
    static long sum(List<Long> l) { long s = 0; for (long v : l) s += v; return s; }
    static Object id(Object o) { return o; }
    static String which(long x) { return "long"; }
    static String which(Integer x) { return "Integer"; }
    static String which(Object x) { return "Object"; }
    static String w2(int... xs) { return "varargs"; }
    static String w2(double x) { return "double"; }

    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 10; i++) l.add(i * i);
        int total = 0;
        for (int v : l) total += v;
        System.out.println(total + " " + l.get(3) + " " + l.contains(49) + " " + l.indexOf(49));
        l.remove(Integer.valueOf(49));
        l.remove(0);
        System.out.println(l);
        Map<Character, Integer> freq = new HashMap<>();
        for (char c : "mississippi".toCharArray()) freq.put(c, freq.getOrDefault(c, 0) + 1);
        System.out.println(freq);
        List<Long> ls = new ArrayList<>();
        for (long i = 0; i < 5; i++) ls.add(i << 40);
        System.out.println(sum(ls));
        System.out.println(id(5).getClass().getSimpleName() + " " + id('c').getClass().getSimpleName() + " " + id(2.0f).getClass().getSimpleName() + " " + id(true).getClass().getSimpleName());
        System.out.println(which(5) + " " + which(Integer.valueOf(5)) + " " + which("s") + " " + w2(5) + " " + w2());
        Integer a = 10;
        Double d = a * 1.5;
        Long lg = a + 0L;
        System.out.println(d + " " + lg + " " + (a / 3) + " " + (a % 3) + " " + (-a) + " " + (a << 2) + " " + (a > 5));
        Map<String, List<Integer>> multi = new HashMap<>();
        multi.computeIfAbsent("k", k -> new ArrayList<>()).add(1);
        multi.get("k").add(2);
        int first = multi.get("k").get(0);
        System.out.println(multi + " " + first);
        Integer x = null;
        try { int y = x; System.out.println(y); } catch (NullPointerException e) { System.out.println("NPE unboxing null"); }
        Integer counter = 0;
        for (int i = 0; i < 1000; i++) counter++;
        System.out.println(counter);
    }
}

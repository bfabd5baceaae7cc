package difftest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

public class p097_CtorRef {
    static class Pair {
        final String a; final int b;
        Pair(String a, int b) { this.a = a; this.b = b; }
        Pair(String a) { this(a, -1); }
        Pair() { this("none"); }
        public String toString() { return a + ":" + b; }
    }
    class Inner { public String toString() { return "inner of " + tag; } }
    String tag = "outer";

    public static void main(String[] args) {
        Supplier<Pair> s0 = Pair::new;
        Function<String, Pair> s1 = Pair::new;
        BiFunction<String, Integer, Pair> s2 = Pair::new;
        System.out.println(s0.get() + " " + s1.apply("x") + " " + s2.apply("y", 2));
        Supplier<List<String>> ls = ArrayList::new;
        List<String> l = ls.get();
        l.add("q");
        System.out.println(l);
        Function<Integer, List<Integer>> withCap = ArrayList::new;
        System.out.println(withCap.apply(100).size());
        Supplier<Map<String, Integer>> ms = HashMap::new;
        Map<String, Integer> m = ms.get();
        m.put("k", 1);
        System.out.println(m);
        Function<String, StringBuilder> sb = StringBuilder::new;
        System.out.println(sb.apply("init").append("!"));
        Supplier<TreeSet<Integer>> ts = TreeSet::new;
        TreeSet<Integer> t = ts.get();
        t.add(3); t.add(1);
        System.out.println(t);
        p097_CtorRef outer = new p097_CtorRef();
        Supplier<Inner> in = outer.makeInner();
        System.out.println(in.get());
        Function<char[], String> str = String::new;
        System.out.println(str.apply(new char[]{'o', 'k'}) + 1);
    }

    Supplier<Inner> makeInner() { return Inner::new; }
}

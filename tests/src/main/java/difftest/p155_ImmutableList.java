package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class p155_ImmutableList {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": allowed"); }
        catch (UnsupportedOperationException e) { System.out.println(what + ": UOE"); }
        catch (NullPointerException e) { System.out.println(what + ": NPE"); }
        catch (IllegalArgumentException e) { System.out.println(what + ": IAE " + e.getMessage()); }
    }

    public static void main(String[] args) {
        List<Integer> l = List.of(1, 2, 3);
        System.out.println(l + " " + l.size() + " " + l.get(1) + " " + l.contains(3) + " " + l.indexOf(3) + " " + l.equals(new ArrayList<>(l)) + " " + l.hashCode());
        attempt("add", () -> l.add(4));
        attempt("set", () -> l.set(0, 4));
        attempt("remove", () -> l.remove(0));
        attempt("clear", () -> l.clear());
        attempt("sort", () -> l.sort(null));
        attempt("null element", () -> List.of(1, null));
        attempt("contains null", () -> l.contains(null));
        List<Integer> copy = List.copyOf(new ArrayList<>(List.of(5, 6)));
        attempt("copyOf add", () -> copy.add(1));
        Set<String> s = Set.of("a", "b", "c");
        System.out.println(new TreeSet<>(s) + " " + s.size() + " " + s.contains("b"));
        attempt("set add", () -> s.add("d"));
        attempt("dup", () -> Set.of("x", "x"));
        Map<String, Integer> m = Map.of("one", 1, "two", 2);
        System.out.println(new TreeMap<>(m) + " " + m.get("two") + " " + m.getOrDefault("three", 3));
        attempt("map put", () -> m.put("three", 3));
        attempt("dup key", () -> Map.of("k", 1, "k", 2));
        List<Integer> empty = List.of();
        System.out.println(empty + " " + empty.isEmpty());
        System.out.println(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).subList(3, 6));
        attempt("entry", () -> Map.entry("k", "v").setValue("w"));
        System.out.println(Map.entry("k", 1));
    }
}

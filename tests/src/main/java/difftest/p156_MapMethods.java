package difftest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class p156_MapMethods {
    public static void main(String[] args) {
        Map<String, Integer> m = new TreeMap<>();
        String text = "to be or not to be that is the question to ask";
        for (String w : text.split(" ")) m.merge(w, 1, Integer::sum);
        System.out.println(m);
        System.out.println(m.getOrDefault("to", -1) + " " + m.getOrDefault("zzz", -1));
        m.merge("to", 10, (a, b) -> null);
        System.out.println(m.containsKey("to") + " " + m);
        System.out.println(m.putIfAbsent("be", 100) + " " + m.putIfAbsent("new", 7) + " " + m.get("new"));
        m.compute("be", (k, v) -> v == null ? 1 : v * 10);
        m.compute("absent", (k, v) -> v == null ? -1 : v);
        m.computeIfPresent("is", (k, v) -> v + 5);
        m.computeIfPresent("nothere", (k, v) -> 1);
        m.computeIfPresent("the", (k, v) -> null);
        System.out.println(m);
        Map<Integer, List<String>> groups = new HashMap<>();
        for (String w : text.split(" ")) groups.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        System.out.println(groups);
        System.out.println(m.replace("or", 50) + " " + m.replace("or", 50, 60) + " " + m.replace("or", 1, 2) + " " + m.get("or"));
        System.out.println(m.remove("not") + " " + m.remove("be", 999) + " " + m.remove("be", 20) + " " + m.remove("zz"));
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k.charAt(0)).append(v));
        System.out.println(sb);
        Map<String, Integer> hm = new HashMap<>(m);
        hm.putAll(Map.of("x", 1));
        System.out.println(hm.equals(m) + " " + hm.size() + " " + m.size() + " " + hm.keySet().containsAll(m.keySet()));
        Map<String, String> nulls = new HashMap<>();
        nulls.put("k", null);
        System.out.println(nulls.getOrDefault("k", "def") + " " + nulls.putIfAbsent("k", "v") + " " + nulls.get("k") + " " + nulls.merge("k", "w", String::concat));
    }
}

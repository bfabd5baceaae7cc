package difftest;

import java.util.HashMap;
import java.util.Map;

public class p144_HashMapOrder {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog and then some more words to fill the table".split(" ");
        for (String w : words) m.merge(w, 1, Integer::sum);
        System.out.println(m);
        System.out.println(m.keySet());
        System.out.println(m.values());
        for (Map.Entry<String, Integer> e : m.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
        Map<Integer, String> im = new HashMap<>();
        for (int i = 0; i < 30; i++) im.put(i * 37 - 200, "v" + i);
        System.out.println(im);
        Map<Long, Boolean> lm = new HashMap<>();
        for (long l = -5; l < 5; l++) lm.put(l << 33, l % 2 == 0);
        System.out.println(lm);
        Map<Double, Character> dm = new HashMap<>();
        for (int i = 0; i < 8; i++) dm.put(i / 4.0 - 1, (char) ('a' + i));
        System.out.println(dm);
        Map<Object, Object> mixed = new HashMap<>();
        mixed.put(null, "nullkey"); mixed.put("k", null); mixed.put(1, 1); mixed.put('c', 2.5); mixed.put(true, false);
        System.out.println(mixed + " " + mixed.get(null) + " " + mixed.containsKey("k") + " " + mixed.get("k") + " " + mixed.containsValue(null));
        System.out.println(m.hashCode() + " " + im.hashCode() + " " + m.equals(new HashMap<>(m)));
    }
}

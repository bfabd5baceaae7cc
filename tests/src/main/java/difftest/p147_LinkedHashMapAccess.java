package difftest;

import java.util.LinkedHashMap;
import java.util.Map;

public class p147_LinkedHashMapAccess {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > cap; }
    }

    public static void main(String[] args) {
        Map<String, Integer> ins = new LinkedHashMap<>();
        for (String w : "one two three four five".split(" ")) ins.put(w, w.length());
        ins.put("two", 22);
        ins.get("one");
        System.out.println(ins);
        Map<String, Integer> acc = new LinkedHashMap<>(16, 0.75f, true);
        acc.putAll(ins);
        acc.get("one"); acc.get("three"); acc.put("two", 2); acc.getOrDefault("five", 0);
        System.out.println(acc);
        Lru<Integer, String> lru = new Lru<>(3);
        for (int i = 0; i < 6; i++) {
            lru.put(i, "v" + i);
            if (i == 3) lru.get(1);
        }
        System.out.println(lru + " " + lru.keySet() + " " + lru.values());
        ins.remove("three");
        ins.put("three", 3);
        System.out.println(ins);
    }
}

package difftest;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

public class p148_TreeMapNav {
    public static void main(String[] args) {
        TreeMap<Integer, String> t = new TreeMap<>();
        for (int i = 0; i < 20; i += 3) t.put(i, "v" + i);
        System.out.println(t);
        System.out.println(t.firstKey() + " " + t.lastKey() + " " + t.floorKey(7) + " " + t.ceilingKey(7) + " " + t.lowerKey(6) + " " + t.higherKey(6)
                + " " + t.floorKey(-1) + " " + t.ceilingKey(100));
        System.out.println(t.headMap(9) + " " + t.headMap(9, true) + " " + t.tailMap(12) + " " + t.subMap(3, 15));
        System.out.println(t.descendingMap() + " " + t.descendingKeySet());
        System.out.println(t.firstEntry() + " " + t.lastEntry().getValue() + " " + t.floorEntry(10));
        Map.Entry<Integer, String> e = t.pollFirstEntry();
        System.out.println(e.getKey() + "=" + e.getValue() + " " + t.pollLastEntry() + " " + t);
        NavigableMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        for (String s : "delta alpha charlie bravo echo".split(" ")) rev.put(s, s.length());
        System.out.println(rev + " " + rev.firstKey() + " " + rev.headMap("charlie"));
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("B", 1); ci.put("a", 2); ci.put("b", 3); ci.put("C", 4);
        System.out.println(ci + " " + ci.get("A"));
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 10000; i++) big.put((i * 7321) % 10007, i);
        System.out.println(big.size() + " " + big.firstKey() + " " + big.lastKey() + " " + big.get(5000) + " " + big.headMap(100).size());
        for (int i = 0; i < 10007; i += 2) big.remove(i);
        System.out.println(big.size() + " " + big.firstKey() + " " + big.ceilingKey(5000));
        try { new TreeMap<Object, Integer>().put(null, 1); } catch (NullPointerException ex) { System.out.println("NPE null key"); }
    }
}

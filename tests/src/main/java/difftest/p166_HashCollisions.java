package difftest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class p166_HashCollisions {
    static final class BadHash implements Comparable<BadHash> {
        final int id;
        BadHash(int id) { this.id = id; }
        @Override public int hashCode() { return id % 3; }
        @Override public boolean equals(Object o) { return o instanceof BadHash && ((BadHash) o).id == id; }
        @Override public int compareTo(BadHash o) { return Integer.compare(id, o.id); }
        @Override public String toString() { return "B" + id; }
    }

    public static void main(String[] args) {
        List<String> keys = new ArrayList<>();
        String[] seeds = {"Aa", "BB"};
        for (int mask = 0; mask < 64; mask++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) sb.append(seeds[(mask >> b) & 1]);
            keys.add(sb.toString());
        }
        System.out.println(keys.get(0).hashCode() + " " + keys.get(63).hashCode());
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) m.put(keys.get(i), i);
        System.out.println(m.size() + " " + m.get("AaBBAaBBAaBB") + " " + m.get("BBBBBBBBBBBB"));
        StringBuilder order = new StringBuilder();
        for (String k : m.keySet()) order.append(m.get(k)).append(' ');
        System.out.println(order);
        Map<BadHash, String> bm = new HashMap<>();
        for (int i = 0; i < 40; i++) bm.put(new BadHash(i * 7 % 40), "v" + i);
        System.out.println(bm);
        for (int i = 0; i < 40; i += 3) bm.remove(new BadHash(i));
        System.out.println(bm.size() + " " + bm.keySet());
        Set<Integer> pow2 = new HashSet<>();
        for (int i = 0; i < 31; i++) pow2.add(1 << i);
        System.out.println(pow2);
        Set<Long> lk = new HashSet<>();
        for (long i = 0; i < 20; i++) lk.add(i << 32 | i);
        System.out.println(lk);
    }
}

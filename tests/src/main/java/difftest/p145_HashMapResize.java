package difftest;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

public class p145_HashMapResize {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 13; i++) m.put("key" + i, i);
        System.out.println(m);
        for (int i = 13; i < 100; i++) m.put("key" + i, i);
        StringBuilder sb = new StringBuilder();
        for (String k : m.keySet()) sb.append(k.substring(3)).append(' ');
        System.out.println(sb);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 200000; i++) big.put(i * 7919 % 1000003, i);
        long h = 0;
        int n = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) { h = h * 31 + e.getKey() * 3 + e.getValue(); n++; }
        System.out.println(n + " " + h);
        int c = 0;
        for (Integer k : big.keySet()) { if (c++ < 20) System.out.print(k + " "); }
        System.out.println();
        for (int i = 0; i < 200000; i += 2) big.remove(i * 7919 % 1000003);
        System.out.println(big.size() + " " + big.get(7919) + " " + big.get(0));
        Iterator<Integer> it = big.keySet().iterator();
        int removed = 0;
        while (it.hasNext()) if (it.next() % 5 == 0) { it.remove(); removed++; }
        System.out.println(removed + " " + big.size());
        Map<Integer, String> presized = new HashMap<>(3);
        for (int i = 100; i > 0; i -= 9) presized.put(i, "" + i);
        System.out.println(presized);
    }
}

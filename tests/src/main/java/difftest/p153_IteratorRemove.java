package difftest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class p153_IteratorRemove {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 15; i++) l.add(i);
        Iterator<Integer> it = l.iterator();
        while (it.hasNext()) if (it.next() % 3 != 0) it.remove();
        System.out.println(l);
        Iterator<Integer> it2 = l.iterator();
        try { it2.remove(); } catch (IllegalStateException e) { System.out.println("ISE remove before next"); }
        it2.next(); it2.remove();
        try { it2.remove(); } catch (IllegalStateException e) { System.out.println("ISE double remove"); }
        System.out.println(l);
        Map<String, Integer> m = new TreeMap<>();
        for (String s : "a bb ccc dd e ffff".split(" ")) m.put(s, s.length());
        m.entrySet().removeIf(e -> e.getValue() == 2);
        m.values().remove(1);
        System.out.println(m);
        Iterator<Map.Entry<String, Integer>> ei = m.entrySet().iterator();
        while (ei.hasNext()) { Map.Entry<String, Integer> e = ei.next(); if (e.getKey().startsWith("c")) e.setValue(99); else ei.remove(); }
        System.out.println(m);
        Map<Integer, Integer> hm = new HashMap<>();
        for (int i = 0; i < 100; i++) hm.put(i, i * i);
        hm.keySet().removeIf(k -> k % 10 != 0);
        System.out.println(hm);
        Iterator<Integer> empty = new ArrayList<Integer>().iterator();
        try { empty.next(); } catch (java.util.NoSuchElementException e) { System.out.println("NSEE"); }
    }
}

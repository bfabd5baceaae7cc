package difftest;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public class p154_CME {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4));
        try {
            for (Integer x : l) if (x == 2) l.remove(x);
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) { System.out.println("CME list " + l); }
        List<Integer> l2 = new ArrayList<>(List.of(1, 2, 3, 4));
        for (Integer x : l2) if (x == 3) l2.remove(x);
        System.out.println("second-to-last removal is silent: " + l2);
        Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        try {
            for (String k : m.keySet()) m.put(k + k, 0);
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) { System.out.println("CME map"); }
        TreeSet<Integer> ts = new TreeSet<>(List.of(1, 2, 3));
        try {
            for (Integer x : ts) ts.add(x + 10);
        } catch (ConcurrentModificationException e) { System.out.println("CME treeset"); }
        Map<String, Integer> m2 = new HashMap<>(Map.of("x", 1));
        for (String k : m2.keySet()) m2.put(k, 5);
        System.out.println("replace existing ok " + m2);
    }
}

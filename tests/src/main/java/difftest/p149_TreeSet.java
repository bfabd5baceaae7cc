package difftest;

import java.util.Comparator;
import java.util.Iterator;
import java.util.TreeSet;

public class p149_TreeSet {
    public static void main(String[] args) {
        TreeSet<String> s = new TreeSet<>();
        for (String w : "pear apple fig banana apple cherry date".split(" ")) s.add(w);
        System.out.println(s + " " + s.size() + " " + s.first() + " " + s.last());
        System.out.println(s.floor("c") + " " + s.ceiling("c") + " " + s.lower("apple") + " " + s.higher("pear"));
        System.out.println(s.headSet("date") + " " + s.tailSet("date") + " " + s.subSet("b", "f") + " " + s.descendingSet());
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s);
        TreeSet<Integer> byAbs = new TreeSet<>(Comparator.comparingInt(Math::abs));
        for (int i : new int[]{5, -3, 3, -7, 0, 7, 1}) byAbs.add(i);
        System.out.println(byAbs);
        TreeSet<int[]> arrs = new TreeSet<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        arrs.add(new int[]{2, 1}); arrs.add(new int[]{1, 5}); arrs.add(new int[]{1, 9}); arrs.add(new int[]{2, 1});
        for (int[] a : arrs) System.out.print(a[0] + "/" + a[1] + " ");
        System.out.println(arrs.size());
        Iterator<String> it = s.iterator();
        while (it.hasNext()) if (it.next().length() > 4) it.remove();
        System.out.println(s);
    }
}

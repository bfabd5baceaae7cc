package difftest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;

public class p141_ArrayList {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 20; i++) l.add(i * 3 % 7);
        System.out.println(l + " " + l.size());
        l.add(0, 100); l.add(5, 200); l.remove(Integer.valueOf(200)); l.remove(0); l.remove(l.size() - 1);
        System.out.println(l + " " + l.indexOf(6) + " " + l.lastIndexOf(6) + " " + l.contains(5) + " " + l.contains(7));
        l.set(2, -1);
        System.out.println(l.get(2) + " " + l.subList(3, 7) + " " + l.isEmpty());
        List<Integer> sub = l.subList(0, 4);
        sub.clear();
        System.out.println(l);
        l.removeIf(x -> x % 2 == 0);
        System.out.println(l);
        l.replaceAll(x -> x * 10);
        System.out.println(l);
        l.addAll(Arrays.asList(7, 8, 9));
        l.addAll(0, List.of(-1, -2));
        System.out.println(l + " " + l.containsAll(List.of(7, 8)));
        l.retainAll(List.of(7, 10, 30, -1));
        System.out.println(l);
        ListIterator<Integer> it = l.listIterator();
        while (it.hasNext()) { int v = it.next(); if (v == 7) it.set(77); else if (v == 10) it.add(11); }
        System.out.println(l);
        while (it.hasPrevious()) System.out.print(it.previous() + " ");
        System.out.println();
        Object[] arr = l.toArray();
        Integer[] arr2 = l.toArray(new Integer[0]);
        System.out.println(arr.length + " " + arr2.length + " " + arr2.getClass().getSimpleName());
        List<String> strs = new ArrayList<>(List.of("b", "a", "c"));
        Collections.sort(strs);
        System.out.println(strs + " " + strs.equals(List.of("a", "b", "c")) + " " + strs.hashCode());
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100000; i++) big.add(i);
        long s = 0;
        for (int v : big) s += v;
        System.out.println(s + " " + big.get(99999));
        l.clear();
        System.out.println(l + " " + l.size());
        try { l.get(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>(List.of(1, 2)).add(5, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        List<String> withNull = new ArrayList<>();
        withNull.add(null); withNull.add("x");
        System.out.println(withNull + " " + withNull.indexOf(null));
    }
}

package difftest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class p151_CollectionsUtil {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 20; i++) l.add(i);
        Collections.shuffle(l, new Random(42));
        System.out.println(l);
        Collections.sort(l);
        System.out.println(l);
        Collections.reverse(l);
        System.out.println(l + " " + Collections.max(l) + " " + Collections.min(l));
        Collections.swap(l, 0, 19);
        System.out.println(l.get(0) + " " + l.get(19));
        Collections.sort(l, Collections.reverseOrder());
        System.out.println(l);
        Collections.rotate(l, 3);
        System.out.println(l);
        List<String> s = new ArrayList<>(List.of("bb", "a", "ccc", "dd"));
        System.out.println(Collections.max(s) + " " + Collections.min(s, (x, y) -> x.length() - y.length()) + " " + Collections.frequency(List.of(1, 2, 1, 1), 1));
        Collections.shuffle(s, new Random(7));
        System.out.println(s);
        List<Integer> sorted = new ArrayList<>(List.of(1, 3, 5, 7, 9, 11));
        System.out.println(Collections.binarySearch(sorted, 7) + " " + Collections.binarySearch(sorted, 4));
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(5) + " " + Collections.emptyMap());
        List<Integer> un = Collections.unmodifiableList(sorted);
        try { un.add(1); } catch (UnsupportedOperationException e) { System.out.println("UOE"); }
        List<Integer> fill = new ArrayList<>(List.of(1, 2, 3));
        Collections.fill(fill, 0);
        System.out.println(fill + " " + Collections.disjoint(List.of(1, 2), List.of(3, 4)));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 1000; i++) big.add(i);
        Collections.shuffle(big, new Random(12345));
        System.out.println(big.subList(0, 15));
        Collections.addAll(fill, 7, 8);
        System.out.println(fill);
    }
}

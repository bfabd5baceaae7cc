package difftest;

import java.util.HashSet;
import java.util.Set;

public class p108_Records {
    record Point(int x, int y) { }
    record Named(String name, double score, long id, boolean ok, char grade, Object extra) { }
    record Empty() { }
    record Arr(int[] data) { }
    record Pair<A, B>(A first, B second) {
        Pair<B, A> swap() { return new Pair<>(second, first); }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point(3, 4), r = new Point(4, 3);
        System.out.println(p + " " + p.x() + " " + p.y());
        System.out.println(p.equals(q) + " " + p.equals(r) + " " + (p.hashCode() == q.hashCode()) + " " + p.hashCode() + " " + r.hashCode() + " " + p.equals(null));
        Named n = new Named("ann", 9.5, 1L << 33, true, 'A', null);
        System.out.println(n + " " + n.hashCode());
        System.out.println(n.equals(new Named("ann", 9.5, 1L << 33, true, 'A', null)) + " " + n.equals(new Named("ann", 9.5, 1L << 33, true, 'B', null)));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Named nz = new Named("z", -0.0, 0, false, 'z', p);
        System.out.println(nz + " " + nz.equals(new Named("z", 0.0, 0, false, 'z', q)) + " " + new Named("n", Double.NaN, 0, false, 'n', null).equals(new Named("n", Double.NaN, 0, false, 'n', null)));
        Pair<String, Integer> pair = new Pair<>("one", 1);
        System.out.println(pair + " " + pair.swap() + " " + pair.hashCode());
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 10; i++) set.add(new Point(i % 3, i % 2));
        System.out.println(set.size() + " " + set.contains(new Point(2, 1)));
        int[] d = {1};
        System.out.println(new Arr(d).equals(new Arr(d)) + " " + new Arr(d).equals(new Arr(new int[]{1})));
        System.out.println(new Named("h", 1.5, 2, true, 'c', "x").hashCode());
    }
}

package difftest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

public class p110_NestedGenerics {
    static class Tree<T extends Comparable<T>> {
        class Node { T val; Node left, right; Node(T v) { val = v; } }
        Node root;
        int size;
        void add(T v) { root = add(root, v); }
        private Node add(Node n, T v) {
            if (n == null) { size++; return new Node(v); }
            int c = v.compareTo(n.val);
            if (c < 0) n.left = add(n.left, v); else if (c > 0) n.right = add(n.right, v);
            return n;
        }
        void inorder(Node n, List<T> out) { if (n == null) return; inorder(n.left, out); out.add(n.val); inorder(n.right, out); }
        List<T> toList() { List<T> l = new ArrayList<>(); inorder(root, l); return l; }
        <R extends Comparable<R>> Tree<R> map(Function<? super T, ? extends R> f) {
            Tree<R> t = new Tree<>();
            for (T v : toList()) t.add(f.apply(v));
            return t;
        }
    }

    static <K, V extends Comparable<V>> K argMax(Map<K, V> m) {
        K best = null; V bv = null;
        for (Map.Entry<K, V> e : m.entrySet()) if (bv == null || e.getValue().compareTo(bv) > 0) { best = e.getKey(); bv = e.getValue(); }
        return best;
    }

    public static void main(String[] args) {
        Tree<Integer> t = new Tree<>();
        for (int v : new int[]{5, 3, 8, 1, 4, 7, 9, 3, 5}) t.add(v);
        System.out.println(t.toList() + " " + t.size);
        Tree<String> ts = t.map(i -> "s" + (10 - i));
        System.out.println(ts.toList());
        Map<String, List<Map<Integer, String>>> deep = new TreeMap<>();
        deep.computeIfAbsent("a", k -> new ArrayList<>()).add(new HashMap<>(Map.of(1, "one")));
        deep.computeIfAbsent("a", k -> new ArrayList<>()).add(new TreeMap<>(Map.of(2, "two")));
        deep.computeIfAbsent("b", k -> new ArrayList<>());
        System.out.println(deep);
        Map<String, Double> scores = new TreeMap<>();
        scores.put("x", 1.5); scores.put("y", 9.25); scores.put("z", 3.0);
        System.out.println(argMax(scores));
        List<List<List<Integer>>> cube = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<List<Integer>> plane = new ArrayList<>();
            for (int j = 0; j < 2; j++) { List<Integer> row = new ArrayList<>(); for (int k = 0; k < 2; k++) row.add(i * 4 + j * 2 + k); plane.add(row); }
            cube.add(plane);
        }
        System.out.println(cube);
    }
}

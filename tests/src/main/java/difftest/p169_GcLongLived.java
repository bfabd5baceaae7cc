package difftest;

import java.util.HashMap;
import java.util.Map;

public class p169_GcLongLived {
    static final class Node {
        Node left, right;
        final int key;
        byte[] payload;
        Node(int key) { this.key = key; payload = new byte[key % 50]; for (int i = 0; i < payload.length; i++) payload[i] = (byte) (key + i); }
    }

    static Node insert(Node root, int key) {
        if (root == null) return new Node(key);
        if (key < root.key) root.left = insert(root.left, key);
        else if (key > root.key) root.right = insert(root.right, key);
        return root;
    }

    static long verify(Node n) {
        if (n == null) return 0;
        long s = n.key;
        for (int i = 0; i < n.payload.length; i++) if (n.payload[i] != (byte) (n.key + i)) throw new IllegalStateException("corrupt payload at " + n.key);
        return s + verify(n.left) + verify(n.right);
    }

    public static void main(String[] args) {
        Node root = null;
        Map<Integer, String> names = new HashMap<>();
        long x = 1;
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 2000; i++) {
                x = (x * 6364136223846793005L + 1442695040888963407L);
                int key = (int) ((x >>> 33) % 1_000_000);
                root = insert(root, key);
                if (i % 10 == 0) names.put(key, "n" + key);
            }
            StringBuilder junk = new StringBuilder();
            for (int j = 0; j < 20000; j++) { junk.append(j); if (junk.length() > 1000) junk = new StringBuilder(); }
            for (int j = 0; j < 50000; j++) { Object o = new long[j % 16]; if (o == null) System.out.println("impossible"); }
            System.out.println("round " + round + " sum " + verify(root) + " names " + names.size());
        }
        int bad = 0;
        for (Map.Entry<Integer, String> e : names.entrySet()) if (!e.getValue().equals("n" + e.getKey())) bad++;
        System.out.println("bad " + bad);
    }
}

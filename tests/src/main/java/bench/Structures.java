package bench;

/** List and tree manipulation: recursive linked lists, and a treap with inserts and deletes. */
final class Structures {
    private Structures() {
    }

    static final class Cell {
        final int value;
        final Cell next;

        Cell(int value, Cell next) {
            this.value = value;
            this.next = next;
        }

        int length() {
            return next == null ? 1 : 1 + next.length();
        }
    }

    static Cell makeList(int n) {
        return n == 0 ? null : new Cell(n, makeList(n - 1));
    }

    static boolean shorter(Cell x, Cell y) {
        Cell a = x, b = y;
        while (b != null) {
            if (a == null) {
                return true;
            }
            a = a.next;
            b = b.next;
        }
        return false;
    }

    /** The Takeuchi function on lists (lengths stand for numbers). */
    static Cell tail(Cell x, Cell y, Cell z) {
        if (shorter(y, x)) {
            return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
        }
        return z;
    }

    static long lists() {
        long total = 0;
        for (int r = 0; r < 500; r++) {
            total += tail(makeList(15), makeList(10), makeList(6)).length();
        }
        return Checks.check("lists", total, 500L * 10);
    }

    static final class TNode {
        final int key;
        final int prio;
        TNode left, right;

        TNode(int key, int prio) {
            this.key = key;
            this.prio = prio;
        }
    }

    static TNode rotateRight(TNode t) {
        TNode l = t.left;
        t.left = l.right;
        l.right = t;
        return l;
    }

    static TNode rotateLeft(TNode t) {
        TNode r = t.right;
        t.right = r.left;
        r.left = t;
        return r;
    }

    static TNode insert(TNode t, int key, int prio) {
        if (t == null) {
            return new TNode(key, prio);
        }
        if (key < t.key) {
            t.left = insert(t.left, key, prio);
            if (t.left.prio > t.prio) {
                t = rotateRight(t);
            }
        } else if (key > t.key) {
            t.right = insert(t.right, key, prio);
            if (t.right.prio > t.prio) {
                t = rotateLeft(t);
            }
        }
        return t;
    }

    static TNode delete(TNode t, int key) {
        if (t == null) {
            return null;
        }
        if (key < t.key) {
            t.left = delete(t.left, key);
        } else if (key > t.key) {
            t.right = delete(t.right, key);
        } else if (t.left == null) {
            return t.right;
        } else if (t.right == null) {
            return t.left;
        } else if (t.left.prio > t.right.prio) {
            t = rotateRight(t);
            t.right = delete(t.right, key);
        } else {
            t = rotateLeft(t);
            t.left = delete(t.left, key);
        }
        return t;
    }

    static long sum(TNode t, int depth) {
        return t == null ? 0 : t.key * (long) depth + sum(t.left, depth + 1) + sum(t.right, depth + 1);
    }

    static long trees() {
        Sim.Rand rand = new Sim.Rand(4242);
        TNode root = null;
        for (int i = 0; i < 60_000; i++) {
            int key = (rand.next() << 4 | (i & 15)) % 100_000;
            if ((i & 3) == 3) {
                root = delete(root, key ^ 5);
            } else {
                root = insert(root, key, rand.next() * 16 + (i & 15));
            }
        }
        return Checks.check("trees", sum(root, 1), 28_074_983_061L);
    }
}

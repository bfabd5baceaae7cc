package bench;

/** Recursion on small arrays and small objects: towers of Hanoi, permutations, n-queens. */
final class Recursion {
    private Recursion() {
    }

    /** A disk on a pile: a singly linked stack with getters and setters, as such programs are written. */
    static final class Disk {
        private final int size;
        private Disk next;

        Disk(int size) {
            this.size = size;
        }

        int getSize() {
            return size;
        }

        Disk getNext() {
            return next;
        }

        void setNext(Disk d) {
            next = d;
        }
    }

    static final class Towers {
        private final Disk[] piles = new Disk[3];
        private int moves;

        void push(int pile, Disk d) {
            Disk top = piles[pile];
            if (top != null && d.getSize() >= top.getSize()) {
                throw new IllegalStateException("cannot put a big disk on a smaller one");
            }
            d.setNext(top);
            piles[pile] = d;
        }

        Disk pop(int pile) {
            Disk top = piles[pile];
            if (top == null) {
                throw new IllegalStateException("pile " + pile + " is empty");
            }
            piles[pile] = top.getNext();
            top.setNext(null);
            return top;
        }

        void moveTop(int from, int to) {
            push(to, pop(from));
            moves++;
        }

        void moveDisks(int disks, int from, int to) {
            if (disks == 1) {
                moveTop(from, to);
                return;
            }
            int other = 3 - from - to;
            moveDisks(disks - 1, from, other);
            moveTop(from, to);
            moveDisks(disks - 1, other, to);
        }
    }

    static long towers() {
        long total = 0;
        for (int r = 0; r < 20; r++) {
            Towers t = new Towers();
            for (int i = 16; i > 0; i--) {
                t.push(0, new Disk(i));
            }
            t.moveDisks(16, 0, 1);
            total += t.moves;
        }
        return Checks.check("towers", total, 20L * 65535);
    }

    static final class Permuter {
        private final int[] v;
        private int count;

        Permuter(int n) {
            v = new int[n];
        }

        void permute(int n) {
            count++;
            if (n != 0) {
                int n1 = n - 1;
                permute(n1);
                for (int i = n1; i >= 0; i--) {
                    swap(n1, i);
                    permute(n1);
                    swap(n1, i);
                }
            }
        }

        private void swap(int i, int j) {
            int t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }

    static long permute() {
        long total = 0;
        for (int r = 0; r < 30; r++) {
            Permuter p = new Permuter(8);
            p.permute(8);
            total += p.count;
        }
        return Checks.check("permute", total, 30L * 623530);
    }

    static final class Queens {
        private final boolean[] rowFree = new boolean[8];
        private final boolean[] upFree = new boolean[16];
        private final boolean[] downFree = new boolean[16];
        private final int[] queenRow = new int[8];
        private int solutions;

        Queens() {
            java.util.Arrays.fill(rowFree, true);
            java.util.Arrays.fill(upFree, true);
            java.util.Arrays.fill(downFree, true);
        }

        private boolean free(int r, int c) {
            return rowFree[r] && upFree[c + r] && downFree[c - r + 7];
        }

        private void set(int r, int c, boolean v) {
            rowFree[r] = !v;
            upFree[c + r] = !v;
            downFree[c - r + 7] = !v;
        }

        void place(int c) {
            for (int r = 0; r < 8; r++) {
                if (free(r, c)) {
                    queenRow[c] = r;
                    if (c == 7) {
                        solutions++;
                    } else {
                        set(r, c, true);
                        place(c + 1);
                        set(r, c, false);
                    }
                }
            }
        }
    }

    static long queens() {
        long total = 0;
        for (int r = 0; r < 300; r++) {
            Queens q = new Queens();
            q.place(0);
            total += q.solutions;
        }
        return Checks.check("queens", total, 300L * 92);
    }
}

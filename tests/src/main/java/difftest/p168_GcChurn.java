package difftest;

import java.util.ArrayList;
import java.util.List;

public class p168_GcChurn {
    static final class Cell {
        final long a; final int b; final Cell next; final String tag;
        Cell(long a, int b, Cell next, String tag) { this.a = a; this.b = b; this.next = next; this.tag = tag; }
    }

    public static void main(String[] args) {
        List<Cell> keep = new ArrayList<>();
        long check = 0;
        Cell chain = null;
        for (int i = 0; i < 3_000_000; i++) {
            Cell c = new Cell(i * 31L, i, (i % 4 == 0) ? null : chain, (i % 1000 == 0) ? "t" + i : null);
            chain = (i % 100 == 0) ? null : c;
            check += c.a ^ c.b;
            if (i % 10_000 == 0) keep.add(new Cell(i, -i, null, "keep" + i));
            int[] garbage = new int[i % 64];
            check += garbage.length;
            if ((i & 0xFFFF) == 0) {
                String s = "s" + i + "-" + (i * 7);
                check += s.length();
            }
        }
        System.out.println("check " + check);
        long ks = 0;
        for (Cell k : keep) { ks += k.a + k.b; if (!k.tag.equals("keep" + k.a)) System.out.println("corrupted " + k.tag); }
        System.out.println("kept " + keep.size() + " " + ks);
        int len = 0;
        for (Cell c = chain; c != null; c = c.next) len++;
        System.out.println("chain " + len);
    }
}

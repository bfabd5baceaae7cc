package difftest;

import java.util.Iterator;
import java.util.NoSuchElementException;

public class p167_CustomIterable {
    static class Range implements Iterable<Integer> {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = lo;
                public boolean hasNext() { return step > 0 ? cur < hi : cur > hi; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted");
                    int v = cur; cur += step; return v;
                }
            };
        }
    }
    static class Fib implements Iterable<Long> {
        public Iterator<Long> iterator() {
            return new Iterator<Long>() {
                long a = 0, b = 1;
                public boolean hasNext() { return true; }
                public Long next() { long r = a; a = b; b = r + b; return r; }
            };
        }
    }

    public static void main(String[] args) {
        for (int x : new Range(0, 10, 3)) System.out.print(x + " ");
        System.out.println();
        for (int x : new Range(10, 0, -4)) System.out.print(x + " ");
        System.out.println();
        int n = 0;
        for (long f : new Fib()) { if (n++ == 90) break; if (n > 85) System.out.print(f + " "); }
        System.out.println();
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        StringBuilder sb = new StringBuilder();
        new Range(1, 6, 1).forEach(sb::append);
        System.out.println(sb);
    }
}

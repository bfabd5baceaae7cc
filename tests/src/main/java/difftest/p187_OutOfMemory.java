package difftest;

import java.util.ArrayList;
import java.util.List;

/** An allocation larger than any heap throws OutOfMemoryError, which can be caught; the program goes on. */
public class p187_OutOfMemory {
    public static void main(String[] args) {
        try {
            long[] huge = new long[Integer.MAX_VALUE - 16];
            System.out.println("allocated " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e.getClass().getName());
        }
        List<int[]> keep = new ArrayList<>();
        for (int i = 0; i < 1000; i++) keep.add(new int[100]);
        System.out.println("after: " + keep.size() + " arrays, last length " + keep.get(999).length);
        Object o = null;
        try {
            Object[][] grid = new Object[1 << 16][1 << 16];
            o = grid;
        } catch (OutOfMemoryError e) {
            System.out.println("caught again: " + (o == null));
        }
    }
}

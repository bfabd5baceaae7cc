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
        try {
            long[][] many = new long[4][Integer.MAX_VALUE - 16]; // each 16 GiB row is over the heap (24 GiB machines)
            System.out.println("allocated " + many.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught again");
        }
    }
}

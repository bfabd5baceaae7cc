package difftest;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

public class p098_ArrayCtorRef {
    public static void main(String[] args) {
        IntFunction<int[]> mk = int[]::new;
        IntFunction<String[]> mks = String[]::new;
        Function<Integer, long[]> mkl = long[]::new;
        IntFunction<int[][]> mk2 = int[][]::new;
        int[] a = mk.apply(4);
        String[] s = mks.apply(2);
        long[] l = mkl.apply(3);
        int[][] m = mk2.apply(2);
        System.out.println(a.length + " " + s.length + " " + l.length + " " + m.length + " " + m[0] + " " + s.getClass().getSimpleName());
        List<String> list = Arrays.asList("x", "y", "z");
        String[] arr = list.toArray(String[]::new);
        System.out.println(arr.length + " " + arr.getClass().getSimpleName() + " " + Arrays.toString(arr));
        try { mk.apply(-1); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
    }
}

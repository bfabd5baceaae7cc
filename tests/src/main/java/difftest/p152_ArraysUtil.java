package difftest;

import java.util.Arrays;
import java.util.List;

public class p152_ArraysUtil {
    public static void main(String[] args) {
        int[] a = {5, 2, 9, 1, 5, 6, -3, 0};
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " " + Arrays.binarySearch(a, 5) + " " + Arrays.binarySearch(a, 4) + " " + Arrays.binarySearch(a, 100));
        int[] part = {9, 8, 7, 6, 5, 4};
        Arrays.sort(part, 1, 4);
        System.out.println(Arrays.toString(part));
        double[] d = {3.5, -0.0, Double.NaN, 0.0, -1e10, Double.NEGATIVE_INFINITY, 2};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        long[] l = new long[5];
        Arrays.fill(l, 7L);
        Arrays.fill(l, 1, 3, -1L);
        System.out.println(Arrays.toString(l) + " " + Arrays.hashCode(l) + " " + Arrays.hashCode(a));
        String[] s = {"pear", "Apple", "fig", "apple"};
        Arrays.sort(s);
        System.out.println(Arrays.toString(s) + " " + Arrays.binarySearch(s, "fig"));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, (x, y) -> y - x);
        System.out.println(Arrays.toString(boxed));
        List<Integer> asList = Arrays.asList(boxed);
        asList.set(0, 100);
        System.out.println(boxed[0] + " " + asList);
        try { asList.add(1); } catch (UnsupportedOperationException e) { System.out.println("UOE"); }
        int[] c = Arrays.copyOf(a, 3), c2 = Arrays.copyOf(a, 10), c3 = Arrays.copyOfRange(a, 2, 5);
        System.out.println(Arrays.toString(c) + Arrays.toString(c2) + Arrays.toString(c3));
        System.out.println(Arrays.equals(c, new int[]{-3, 0, 1}) + " " + Arrays.equals(c, c2) + " " + Arrays.toString((int[]) null) + " " + Arrays.toString(new Object[]{1, "x", null}));
        char[] cs = "sorting".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs));
        int[] rnd = new int[10000];
        int seed = 7;
        for (int i = 0; i < rnd.length; i++) { seed = seed * 1103515245 + 12345; rnd[i] = seed >> 8; }
        Arrays.sort(rnd);
        boolean ok = true;
        for (int i = 1; i < rnd.length; i++) if (rnd[i - 1] > rnd[i]) ok = false;
        System.out.println(ok + " " + rnd[0] + " " + rnd[5000] + " " + rnd[9999]);
        String[] strs = new String[2000];
        for (int i = 0; i < strs.length; i++) strs[i] = Integer.toString(i * 7919 % 2003, 36);
        Arrays.sort(strs);
        System.out.println(strs[0] + " " + strs[1000] + " " + strs[1999]);
        Object[] objs = {"b", "a"};
        Arrays.sort(objs);
        System.out.println(Arrays.toString(objs) + " " + Arrays.asList(1, 2, 3) + " " + Arrays.deepToString(new Object[]{new int[]{1}, new String[]{"s"}}));
    }
}

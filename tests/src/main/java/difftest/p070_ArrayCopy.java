package difftest;

import java.util.Arrays;

public class p070_ArrayCopy {
    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 3, 5);
        System.out.println(Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 0, 5);
        System.out.println(Arrays.toString(b));
        String[] s = {"a", "b", "c"};
        Object[] o = new Object[5];
        System.arraycopy(s, 0, o, 1, 3);
        System.out.println(Arrays.toString(o));
        char[] cs = "hello world".toCharArray();
        char[] dst = new char[5];
        System.arraycopy(cs, 6, dst, 0, 5);
        System.out.println(new String(dst));
        long[] l = {1, 2, 3};
        long[] l2 = Arrays.copyOf(l, 5);
        long[] l3 = Arrays.copyOfRange(l, 1, 2);
        System.out.println(Arrays.toString(l2) + " " + Arrays.toString(l3));
        try { System.arraycopy(a, 0, new long[10], 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE"); }
        try { System.arraycopy(null, 0, a, 0, 1); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { System.arraycopy(a, -1, a, 0, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName()); }
        try { System.arraycopy(a, 0, a, 0, -1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName()); }
        Integer[] boxed = {3, 1, 2};
        Integer[] more = Arrays.copyOf(boxed, 4);
        System.out.println(Arrays.toString(more) + " " + more.getClass().getSimpleName());
    }
}

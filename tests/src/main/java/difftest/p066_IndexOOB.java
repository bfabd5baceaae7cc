package difftest;

public class p066_IndexOOB {
    public static void main(String[] args) {
        int[] a = new int[3];
        int[] idx = {3, -1, 100, Integer.MIN_VALUE};
        for (int i : idx) {
            try { a[i] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("store: " + e.getMessage()); }
            try { System.out.println(a[i]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("load: " + e.getMessage()); }
        }
        String[] s = {};
        try { System.out.println(s[0]); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        long[] l = new long[2];
        try { l[2]++; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("long: " + e.getMessage()); }
        char[] c = new char[1];
        try { c[1] = 'x'; } catch (RuntimeException e) { System.out.println("char: " + e.getMessage()); }
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println("charAt: " + e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println("substring: " + e.getMessage()); }
        try { "abc".substring(4); } catch (StringIndexOutOfBoundsException e) { System.out.println("substring1: " + e.getMessage()); }
        try { new java.util.ArrayList<Integer>().get(0); } catch (IndexOutOfBoundsException e) { System.out.println("list: " + e.getMessage()); }
        try { System.arraycopy(a, 0, a, 2, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("arraycopy: " + e.getClass().getSimpleName()); }
        int[][] m = new int[2][2];
        try { m[1][2] = 0; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("2d: " + e.getMessage()); }
        int k = 0;
        try { while (true) a[k++] = k; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("loop " + k + " " + a[2]); }
    }
}

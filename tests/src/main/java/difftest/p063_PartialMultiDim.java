package difftest;

import java.util.Arrays;

public class p063_PartialMultiDim {
    public static void main(String[] args) {
        int[][] a = new int[3][];
        System.out.println(a[0] + " " + a.length);
        for (int i = 0; i < a.length; i++) a[i] = new int[i + 1];
        a[2][2] = 7;
        System.out.println(Arrays.deepToString(a));
        String[][][] s = new String[2][3][];
        System.out.println(s[1][2] + " " + s[1].length);
        s[1][2] = new String[]{"deep"};
        System.out.println(s[1][2][0]);
        Object[][] jag = new Object[2][];
        jag[0] = new String[]{"str"};
        jag[1] = new Integer[]{1, 2};
        System.out.println(Arrays.deepToString(jag));
        int[][] zero = new int[0][5];
        int[][] zero2 = new int[4][0];
        System.out.println(zero.length + " " + zero2.length + " " + zero2[3].length);
        try {
            int[][] neg = new int[2][-1];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        try {
            int[][] neg = new int[-3][];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
    }
}

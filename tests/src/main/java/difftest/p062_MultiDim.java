package difftest;

import java.util.Arrays;

public class p062_MultiDim {
    public static void main(String[] args) {
        int[][] m = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
        System.out.println(Arrays.deepToString(m));
        long[][][] cube = new long[2][3][4];
        long c = 0;
        for (long[][] plane : cube) for (long[] row : plane) for (int k = 0; k < row.length; k++) row[k] = c++;
        System.out.println(cube[1][2][3] + " " + cube[0][1][2] + " " + cube.length + cube[0].length + cube[0][0].length);
        int[][] tri = {{1}, {2, 3}, {4, 5, 6}, {}};
        for (int[] row : tri) System.out.print(row.length + ":" + Arrays.toString(row) + " ");
        System.out.println();
        String[][] sg = new String[2][2];
        sg[1][0] = "x";
        System.out.println(Arrays.deepToString(sg));
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X';
        for (char[] row : board) System.out.println(new String(row));
        double[][] dd = {{1.5, 2.5}, {3.5}};
        System.out.println(dd[0][1] + dd[1][0]);
        int[][] swap = {{1, 2}, {3, 4}};
        int[] t = swap[0]; swap[0] = swap[1]; swap[1] = t;
        System.out.println(Arrays.deepToString(swap));
        boolean[][][] z = new boolean[1][2][3];
        System.out.println(z[0][1][2] + " " + z.getClass().getName());
        System.out.println(Arrays.deepEquals(new int[][]{{1}}, new int[][]{{1}}) + " " + Arrays.equals(new int[][]{{1}}, new int[][]{{1}}));
    }
}

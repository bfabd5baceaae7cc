package difftest;

public class p174_NQueens {
    static int solutions;
    static int[] first;

    static void place(int n, int row, int[] cols, boolean[] usedCol, boolean[] d1, boolean[] d2) {
        if (row == n) {
            if (solutions++ == 0) first = cols.clone();
            return;
        }
        for (int c = 0; c < n; c++) {
            if (usedCol[c] || d1[row + c] || d2[row - c + n - 1]) continue;
            usedCol[c] = d1[row + c] = d2[row - c + n - 1] = true;
            cols[row] = c;
            place(n, row + 1, cols, usedCol, d1, d2);
            usedCol[c] = d1[row + c] = d2[row - c + n - 1] = false;
        }
    }

    static int bits(int n, int cols, int ld, int rd) {
        int all = (1 << n) - 1;
        if (cols == all) return 1;
        int count = 0;
        int avail = all & ~(cols | ld | rd);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            count += bits(n, cols | bit, (ld | bit) << 1, (rd | bit) >> 1);
        }
        return count;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) {
            solutions = 0;
            place(n, 0, new int[n], new boolean[n], new boolean[2 * n], new boolean[2 * n]);
            System.out.println(n + ": " + solutions + " " + bits(n, 0, 0, 0) + (first != null && solutions > 0 ? " " + java.util.Arrays.toString(first) : ""));
        }
        StringBuilder board = new StringBuilder();
        for (int r = 0; r < first.length; r++) {
            for (int c = 0; c < first.length; c++) board.append(first[r] == c ? 'Q' : '.');
            board.append('\n');
        }
        System.out.print(board);
    }
}

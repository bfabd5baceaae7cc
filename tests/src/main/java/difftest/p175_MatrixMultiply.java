package difftest;

public class p175_MatrixMultiply {
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    public static void main(String[] args) {
        int n = 120;
        double[][] a = new double[n][n], b = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) { a[i][j] = (i * 7 + j * 3) % 11 / 7.0 - 0.5; b[i][j] = (i % 13) * 0.25 - (j % 5) * 0.1 + 1.0 / (i + j + 1); }
        double[][] c = mul(a, b);
        double tr = 0, sum = 0;
        for (int i = 0; i < n; i++) { tr += c[i][i]; for (int j = 0; j < n; j++) sum += c[i][j]; }
        System.out.println("trace " + tr);
        System.out.println("sum " + sum);
        System.out.println(c[0][0] + " " + c[17][42] + " " + c[n - 1][n - 1]);
        double[][] small = {{1, 2}, {3, 4}};
        double[][] p = small;
        for (int i = 0; i < 10; i++) p = mul(p, small);
        System.out.println(java.util.Arrays.deepToString(p));
        double[][] h = new double[6][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) h[i][j] = 1.0 / (i + j + 1);
        double[][] hh = mul(h, h);
        for (double[] row : hh) System.out.println(java.util.Arrays.toString(row));
    }
}

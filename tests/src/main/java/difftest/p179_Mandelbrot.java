package difftest;

public class p179_Mandelbrot {
    public static void main(String[] args) {
        int w = 72, h = 28, maxIter = 200;
        long total = 0;
        for (int y = 0; y < h; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < w; x++) {
                double cr = -2.2 + 3.0 * x / w, ci = -1.2 + 2.4 * y / h;
                double zr = 0, zi = 0;
                int it = 0;
                while (it < maxIter && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    it++;
                }
                total += it;
                row.append(" .:-=+*#%@".charAt(it == maxIter ? 9 : it % 9));
            }
            System.out.println(row);
        }
        System.out.println("total " + total);
        double zr = 0.1, zi = 0.2;
        for (int i = 0; i < 50; i++) { double t = zr * zr - zi * zi + 0.25; zi = 2 * zr * zi + 0.01; zr = t; }
        System.out.println(zr + " " + zi);
    }
}

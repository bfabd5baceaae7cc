package difftest;

public class p128_EvalOrder {
    static StringBuilder log = new StringBuilder();
    static int t(String s, int v) { log.append(s); return v; }
    static int[] arr(String s, int[] a) { log.append(s); return a; }

    public static void main(String[] args) {
        int[] a = new int[5];
        int i = 0;
        a[i++] = i;
        a[i] = i++ + i++;
        System.out.println(java.util.Arrays.toString(a) + " " + i);
        i = 1;
        a[i] = i = 3;
        System.out.println(java.util.Arrays.toString(a) + " " + i);
        int x = 5;
        x += x++ + ++x;
        System.out.println(x);
        int y = 2;
        y = y++ * y-- - --y;
        System.out.println(y);
        int r = t("a", 1) + t("b", 2) * t("c", 3) - t("d", 4) / t("e", 2);
        System.out.println(r + " " + log);
        log.setLength(0);
        arr("A", a)[t("I", 2)] = t("V", 9);
        System.out.println(log + " " + a[2]);
        log.setLength(0);
        try { arr("A", null)[t("I", 0)] = t("V", 1); } catch (NullPointerException e) { System.out.println("npe after " + log); }
        log.setLength(0);
        try { arr("A", a)[t("I", 10)] = t("V", 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("aioobe after " + log); }
        log.setLength(0);
        int z = 0;
        try { z = t("L", 1) / t("R", 0); } catch (ArithmeticException e) { System.out.println("div after " + log + " z=" + z); }
        int[] b = {10, 20, 30};
        int j = 0;
        b[j] = b[++j] + b[++j];
        System.out.println(java.util.Arrays.toString(b));
        int k = 1;
        k = k + (k = 5) * k;
        System.out.println(k);
    }
}

package difftest;

public class p067_NegativeSize {
    static int n(int v) { return v; }

    public static void main(String[] args) {
        try { int[] a = new int[n(-1)]; System.out.println(a.length); } catch (NegativeArraySizeException e) { System.out.println("int: " + e.getMessage()); }
        try { Object[] a = new String[n(-5)]; System.out.println(a.length); } catch (NegativeArraySizeException e) { System.out.println("obj: " + e.getMessage()); }
        try { long[][] a = new long[n(2)][n(-7)]; System.out.println(a.length); } catch (NegativeArraySizeException e) { System.out.println("2d: " + e.getMessage()); }
        try { double[] a = new double[Integer.MIN_VALUE]; System.out.println(a.length); } catch (NegativeArraySizeException e) { System.out.println("min: " + e.getMessage()); }
        int[] z = new int[n(0)];
        System.out.println("zero ok " + z.length);
    }
}

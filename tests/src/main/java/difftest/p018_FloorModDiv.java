package difftest;

public class p018_FloorModDiv {
    public static void main(String[] args) {
        int[] as = {7, -7, 0, 13, -13, Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] bs = {3, -3, 1, -1, 5, Integer.MAX_VALUE};
        for (int a : as)
            for (int b : bs)
                System.out.println(a + "," + b + ": / " + (a / b) + " % " + (a % b) + " floorDiv " + Math.floorDiv(a, b) + " floorMod " + Math.floorMod(a, b));
        System.out.println(Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.floorMod(-7L, 2) + " " + Math.floorDiv(7L, -2));
        try { Math.floorDiv(1, 0); } catch (ArithmeticException e) { System.out.println("floorDiv: " + e.getMessage()); }
        try { Math.floorMod(1, 0); } catch (ArithmeticException e) { System.out.println("floorMod: " + e.getMessage()); }
    }
}

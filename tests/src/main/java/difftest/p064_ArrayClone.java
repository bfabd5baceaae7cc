package difftest;

import java.util.Arrays;

public class p064_ArrayClone {
    static class Box { int v; Box(int v) { this.v = v; } public String toString() { return "Box" + v; } }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 99;
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + (a != b));
        Box[] boxes = {new Box(1), new Box(2)};
        Box[] copy = boxes.clone();
        copy[0].v = 100;
        copy[1] = new Box(50);
        System.out.println(Arrays.toString(boxes) + " " + Arrays.toString(copy) + " " + (copy.getClass() == Box[].class));
        int[][] m = {{1, 2}, {3, 4}};
        int[][] mc = m.clone();
        mc[0][0] = -1;
        mc[1] = new int[]{7};
        System.out.println(Arrays.deepToString(m) + " " + Arrays.deepToString(mc));
        Object o = a;
        Object oc = ((int[]) o).clone();
        System.out.println(oc instanceof int[] ? Arrays.toString((int[]) oc) : "?");
        double[] d = {1.5};
        char[] c = "abc".toCharArray();
        char[] cc = c.clone();
        cc[1] = 'X';
        System.out.println(d.clone()[0] + " " + new String(c) + " " + new String(cc));
        System.out.println(new String[0].clone().length + " " + (a instanceof Cloneable) + " " + (boxes instanceof java.io.Serializable));
    }
}

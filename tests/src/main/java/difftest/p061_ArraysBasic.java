package difftest;

public class p061_ArraysBasic {
    public static void main(String[] args) {
        int[] ia = new int[5];
        long[] la = new long[3];
        double[] da = new double[2];
        float[] fa = new float[2];
        boolean[] za = new boolean[2];
        char[] ca = new char[2];
        byte[] ba = new byte[2];
        short[] sa = new short[2];
        String[] stra = new String[2];
        System.out.println(ia[4] + " " + la[2] + " " + da[1] + " " + fa[0] + " " + za[1] + " " + (int) ca[0] + " " + ba[1] + " " + sa[0] + " " + stra[1]);
        for (int i = 0; i < ia.length; i++) ia[i] = i * i;
        int s = 0;
        for (int v : ia) s += v;
        System.out.println(s + " " + ia.length);
        ba[0] = (byte) 200; ba[1] = -1;
        System.out.println(ba[0] + " " + (ba[0] & 0xFF) + " " + ba[1]);
        sa[0] = (short) 70000; ca[0] = (char) -2; ca[1] = 'z';
        System.out.println(sa[0] + " " + (int) ca[0] + " " + ca[1]);
        za[0] = true;
        System.out.println(za[0] && !za[1]);
        la[0] = Long.MIN_VALUE; la[1] = -la[0]; la[2] = la[0] >>> 1;
        System.out.println(la[0] + " " + la[1] + " " + la[2]);
        int[] lit = {3, 1, 4, 1, 5, 9, 2, 6};
        String[] names = {"a", null, "c"};
        System.out.println(lit.length + " " + lit[lit.length - 1] + " " + names[1] + names[2]);
        char[] hello = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(new String(hello) + " " + String.valueOf(hello, 1, 3) + " " + hello.length);
        int[] empty = {};
        System.out.println(empty.length);
        Object[] objs = {1, "two", 3.0, 'c', null, new int[]{1}};
        for (Object o : objs) System.out.print((o == null ? "null" : o.getClass().getSimpleName()) + " ");
        System.out.println();
        System.out.println(ia.getClass().getName() + " " + stra.getClass().getName() + " " + new int[0][0].getClass().getName()
                + " " + new String[0][0].getClass().getSimpleName() + " " + da.getClass().getSimpleName());
    }
}

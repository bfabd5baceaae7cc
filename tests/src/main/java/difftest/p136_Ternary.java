package difftest;

public class p136_Ternary {
    static String sign(int x) { return x > 0 ? "pos" : x < 0 ? "neg" : "zero"; }

    public static void main(String[] args) {
        for (int x : new int[]{-5, 0, 5}) System.out.print(sign(x) + " ");
        System.out.println();
        boolean t = args.length == 0;
        Object o = t ? 1 : "str";
        System.out.println(o + " " + o.getClass().getSimpleName());
        Object n = t ? 1 : 2.0;
        System.out.println(n + " " + n.getClass().getSimpleName());
        Integer nullInt = null;
        Object ok = t ? nullInt : "s";
        System.out.println(ok);
        try {
            int bad = t ? nullInt : 0;
            System.out.println(bad);
        } catch (NullPointerException e) { System.out.println("NPE from ternary unboxing"); }
        long l = t ? 1 : 2L;
        char c = t ? 'y' : 'n';
        byte b = t ? (byte) 1 : (byte) 2;
        short s = !t ? (short) 1 : b;
        System.out.println(l + " " + c + " " + b + " " + s);
        int i = 5;
        String r = i > 3 ? i > 4 ? "gt4" : "eq4" : "le3";
        System.out.println(r);
        double d = t ? 1 : 0.5;
        System.out.println(d);
        System.out.println(t ? 'a' : 0);
        System.out.println(t ? 'a' : i);
    }
}

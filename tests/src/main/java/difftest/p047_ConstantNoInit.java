package difftest;

public class p047_ConstantNoInit {
    static class Holder {
        static { System.out.println("init Holder"); }
        static final int I = 10 * 10;
        static final long L = 1L << 40;
        static final double D = 2.5;
        static final boolean B = true;
        static final char C = 'q';
        static final String S = "abc" + I;
        static final String NOT_CONST = String.valueOf(1);
        static final int NOT_CONST_I = Integer.parseInt("5");
    }
    static class Holder2 {
        static { System.out.println("init Holder2"); }
        static final Object O = null;
    }

    public static void main(String[] args) {
        System.out.println(Holder.I + " " + Holder.L + " " + Holder.D + " " + Holder.B + " " + Holder.C + " " + Holder.S);
        System.out.println("constants done");
        System.out.println(Holder.NOT_CONST_I);
        System.out.println(Holder.NOT_CONST);
        System.out.println(Holder2.O);
    }
}

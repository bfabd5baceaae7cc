package difftest;

public class p105_EnumSwitch {
    enum Op { ADD, SUB, MUL, DIV, MOD, POW }

    static int apply(Op op, int a, int b) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
            default: return -999;
        }
    }

    static String kind(Op op) {
        return switch (op) {
            case ADD, SUB -> "additive";
            case MUL, DIV, MOD -> "multiplicative";
            case POW -> "power";
        };
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) System.out.println(op + " " + apply(op, 17, 5) + " " + kind(op));
        Op n = null;
        try { apply(n, 1, 2); } catch (NullPointerException e) { System.out.println("NPE switch on null enum"); }
        int fall = 0;
        switch (Op.SUB) {
            case ADD: fall += 1;
            case SUB: fall += 10;
            case MUL: fall += 100;
                break;
            case DIV: fall += 1000;
        }
        System.out.println(fall);
    }
}

package difftest;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

public class p019_ExactOverflow {
    static void i(String name, IntSupplier s) {
        try { System.out.println(name + " = " + s.getAsInt()); }
        catch (ArithmeticException e) { System.out.println(name + " threw " + e.getMessage()); }
    }

    static void l(String name, LongSupplier s) {
        try { System.out.println(name + " = " + s.getAsLong()); }
        catch (ArithmeticException e) { System.out.println(name + " threw " + e.getMessage()); }
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        i("addExact ok", () -> Math.addExact(1, 2));
        i("addExact", () -> Math.addExact(max, 1));
        i("subtractExact", () -> Math.subtractExact(min, 1));
        i("multiplyExact", () -> Math.multiplyExact(65536, 65536));
        i("multiplyExact ok", () -> Math.multiplyExact(-46340, 46340));
        i("incrementExact", () -> Math.incrementExact(max));
        i("decrementExact", () -> Math.decrementExact(min));
        i("negateExact", () -> Math.negateExact(min));
        i("toIntExact", () -> Math.toIntExact(1L << 31));
        i("toIntExact ok", () -> Math.toIntExact(-5L));
        l("addExact L", () -> Math.addExact(Long.MAX_VALUE, 1L));
        l("subtractExact L", () -> Math.subtractExact(Long.MIN_VALUE, 1L));
        l("multiplyExact L", () -> Math.multiplyExact(1L << 32, 1L << 31));
        l("multiplyExact L ok", () -> Math.multiplyExact(3000000000L, 3L));
        l("multiplyExact L min", () -> Math.multiplyExact(Long.MIN_VALUE, -1L));
        l("negateExact L", () -> Math.negateExact(Long.MIN_VALUE));
    }
}

package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

public class p183_ExceptionFromLambda {
    interface ThrowingSupplier<T> { T get() throws Exception; }

    static <T> T unchecked(ThrowingSupplier<T> s) {
        try { return s.get(); } catch (RuntimeException e) { throw e; } catch (Exception e) { throw new RuntimeException("wrapped: " + e.getMessage(), e); }
    }

    public static void main(String[] args) {
        Function<Integer, Integer> inv = x -> 100 / x;
        List<String> out = new ArrayList<>();
        for (int x : new int[]{5, 0, -4}) {
            try { out.add("" + inv.apply(x)); } catch (ArithmeticException e) { out.add("AE(" + e.getMessage() + ")"); }
        }
        System.out.println(out);
        try { unchecked(() -> { throw new java.io.IOException("disk"); }); } catch (RuntimeException e) { System.out.println(e.getMessage() + " / " + e.getCause().getClass().getSimpleName()); }
        try { unchecked(() -> { throw new IllegalStateException("direct"); }); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        System.out.println(unchecked(() -> "fine"));
        List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
        try { l.forEach(v -> { if (v == 2) throw new IllegalArgumentException("stop at " + v); System.out.println("visit " + v); }); }
        catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Runnable r = () -> { int[] a = new int[2]; a[5] = 1; };
        try { r.run(); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    }
}

package difftest;

import java.util.function.Consumer;

public class p127_ExitZeroEarly {
    public static void main(String[] args) {
        Consumer<Integer> c = n -> {
            for (int i = 0; i < n; i++) System.out.print(i % 10);
            System.out.println();
            if (n > 50) System.exit(0);
        };
        c.accept(10);
        c.accept(100);
        System.out.println("unreached");
        throw new IllegalStateException("unreached");
    }
}

package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class p092_LambdaCapture {
    public static void main(String[] args) {
        int i = 5; long l = 1L << 35; double d = 2.5; float f = 1.5f; char c = 'c'; boolean z = true; byte b = -3; short s = 999;
        String str = "captured";
        int[] counter = {0};
        Supplier<String> all = () -> i + " " + l + " " + d + " " + f + " " + c + " " + z + " " + b + " " + s + " " + str + " " + (counter[0]++);
        System.out.println(all.get());
        System.out.println(all.get());
        List<IntSupplier> fs = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            int sq = k * k;
            fs.add(() -> sq + counter[0]);
        }
        counter[0] = 100;
        for (IntSupplier x : fs) System.out.print(x.getAsInt() + " ");
        System.out.println();
        StringBuilder sb = new StringBuilder();
        Runnable app = () -> sb.append("!");
        app.run(); app.run();
        System.out.println(sb);
        Supplier<Supplier<String>> outer = () -> {
            String inner = str + "-inner";
            return () -> inner + "-" + i;
        };
        System.out.println(outer.get().get());
    }
}

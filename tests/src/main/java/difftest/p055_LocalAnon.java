package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class p055_LocalAnon {
    interface Counter { int next(); }
    int base = 1000;

    Counter make(int start, String tag) {
        class Local implements Counter {
            int cur = start;
            public int next() { return base + cur++ + tag.length(); }
        }
        return new Local();
    }

    static Counter anon(final int step) {
        int[] box = {0};
        return new Counter() {
            int calls;
            public int next() { calls++; box[0] += step; return box[0] * 10 + calls; }
        };
    }

    public static void main(String[] args) {
        p055_LocalAnon o = new p055_LocalAnon();
        Counter c = o.make(5, "abc");
        System.out.println(c.next() + " " + c.next());
        o.base = 2000;
        System.out.println(c.next());
        Counter a = anon(3);
        System.out.println(a.next() + " " + a.next() + " " + a.next());
        List<IntSupplier> sups = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final int j = i * i;
            sups.add(new IntSupplier() { public int getAsInt() { return j; } });
        }
        for (IntSupplier s : sups) System.out.print(s.getAsInt() + " ");
        System.out.println();
        Supplier<String> s = new Supplier<>() {
            @Override public String get() { return "diamond anon " + o.base; }
        };
        System.out.println(s.get());
        Object anonObj = new Object() { public String toString() { return "custom toString"; } };
        System.out.println(anonObj);
        Runnable r = () -> {
            class InLambda { String hi() { return "local in lambda"; } }
            System.out.println(new InLambda().hi());
        };
        r.run();
    }
}

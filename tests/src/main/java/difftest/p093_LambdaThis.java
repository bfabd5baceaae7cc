package difftest;

import java.util.function.Supplier;

public class p093_LambdaThis {
    private int value = 10;
    private String name = "obj";

    private String priv() { return "priv:" + value; }

    Supplier<String> viaThis() { return () -> this.name + "/" + value + "/" + priv(); }
    Supplier<String> viaRef() { return this::priv; }
    Runnable mutator() { return () -> value *= 2; }
    Supplier<String> viaToString() { return this::toString; }

    @Override public String toString() { return "p093[" + value + "]"; }

    class Inner {
        int value = -1;
        Supplier<String> both() { return () -> value + " " + p093_LambdaThis.this.value + " " + name; }
    }

    public static void main(String[] args) {
        p093_LambdaThis o = new p093_LambdaThis();
        Supplier<String> s = o.viaThis();
        Supplier<String> r = o.viaRef();
        System.out.println(s.get() + " " + r.get());
        o.mutator().run();
        o.mutator().run();
        System.out.println(s.get() + " " + r.get() + " " + o.viaToString().get());
        System.out.println(o.new Inner().both().get());
        o.name = "renamed";
        System.out.println(s.get());
    }
}

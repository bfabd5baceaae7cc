package difftest;

import java.io.Serializable;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;

public class p100_SerializableLambda {
    interface Marker { }
    interface Named { default String name() { return "named"; } }

    public static void main(String[] args) {
        Runnable r = (Runnable & Serializable) () -> System.out.println("serializable runnable");
        r.run();
        System.out.println(r instanceof Serializable);
        Supplier<String> s = (Supplier<String> & Marker) () -> "marked";
        System.out.println(s.get() + " " + (s instanceof Marker) + " " + (s instanceof Serializable));
        Function<Integer, Integer> f = (Function<Integer, Integer> & Serializable & Marker) x -> x + 100;
        System.out.println(f.apply(1) + " " + (f instanceof Marker) + " " + (f instanceof Serializable));
        Supplier<String> n = (Supplier<String> & Named) () -> "with default";
        System.out.println(n.get() + " " + ((Named) n).name());
        Comparator<String> c = (Comparator<String> & Serializable) (a, b) -> b.compareTo(a);
        System.out.println(c.compare("a", "b") + " " + (c instanceof Serializable));
        Runnable plain = () -> { };
        System.out.println(plain instanceof Serializable);
        Supplier<String> mref = (Supplier<String> & Serializable) "ref"::toUpperCase;
        System.out.println(mref.get() + " " + (mref instanceof Serializable));
    }
}

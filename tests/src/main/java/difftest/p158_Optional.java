package difftest;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;

public class p158_Optional {
    static Optional<Integer> parse(String s) {
        try { return Optional.of(Integer.parseInt(s)); } catch (NumberFormatException e) { return Optional.empty(); }
    }

    public static void main(String[] args) {
        Optional<String> a = Optional.of("val"), e = Optional.empty(), n = Optional.ofNullable(null);
        System.out.println(a + " " + e + " " + n + " " + a.isPresent() + " " + e.isEmpty() + " " + e.equals(n));
        System.out.println(a.get() + " " + e.orElse("dflt") + " " + e.orElseGet(() -> "got") + " " + a.map(String::length).get() + " " + e.map(String::length));
        System.out.println(a.filter(s -> s.startsWith("v")) + " " + a.filter(s -> s.startsWith("x")) + " " + a.flatMap(s -> Optional.of(s + s)).get());
        System.out.println(parse("42").map(x -> x * 2).orElse(-1) + " " + parse("x").map(x -> x * 2).orElse(-1));
        a.ifPresent(s -> System.out.println("present " + s));
        e.ifPresentOrElse(s -> System.out.println("no"), () -> System.out.println("absent branch"));
        System.out.println(e.or(() -> Optional.of("alt")).get() + " " + a.hashCode() + " " + e.hashCode());
        try { e.get(); } catch (NoSuchElementException ex) { System.out.println("NSEE " + ex.getMessage()); }
        try { e.orElseThrow(() -> new IllegalStateException("custom")); } catch (IllegalStateException ex) { System.out.println(ex.getMessage()); }
        try { Optional.of(null); } catch (NullPointerException ex) { System.out.println("NPE of(null)"); }
        OptionalInt oi = OptionalInt.of(5);
        System.out.println(oi + " " + oi.getAsInt() + " " + OptionalInt.empty() + " " + OptionalInt.empty().orElse(9));
    }
}

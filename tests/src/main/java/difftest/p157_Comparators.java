package difftest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class p157_Comparators {
    record Emp(String name, String dept, int salary, Integer bonus) { }

    public static void main(String[] args) {
        List<Emp> es = new ArrayList<>(List.of(new Emp("ann", "eng", 120, 5), new Emp("bob", "ops", 90, null), new Emp("cat", "eng", 120, 1),
                new Emp("dan", "ops", 95, 3), new Emp("eve", "eng", 100, null), new Emp("Abe", "hr", 90, 2)));
        es.sort(Comparator.comparing(Emp::dept));
        es.forEach(e -> System.out.print(e.name() + " "));
        System.out.println();
        es.sort(Comparator.comparing(Emp::dept).thenComparing(Emp::salary, Comparator.reverseOrder()).thenComparing(Emp::name));
        es.forEach(e -> System.out.print(e.name() + " "));
        System.out.println();
        es.sort(Comparator.comparingInt(Emp::salary).reversed().thenComparing(Emp::name, String.CASE_INSENSITIVE_ORDER));
        es.forEach(e -> System.out.print(e.name() + " "));
        System.out.println();
        es.sort(Comparator.comparing(Emp::bonus, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Emp::name));
        es.forEach(e -> System.out.print(e.name() + ":" + e.bonus() + " "));
        System.out.println();
        es.sort(Comparator.comparing(Emp::bonus, Comparator.nullsLast(Comparator.reverseOrder())));
        es.forEach(e -> System.out.print(e.name() + ":" + e.bonus() + " "));
        System.out.println();
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        List<String> ws = new ArrayList<>(List.of("ccc", "a", "bb", "aa", "c", "b"));
        ws.sort(byLen.thenComparing(Comparator.naturalOrder()));
        System.out.println(ws);
        ws.sort(byLen.reversed().thenComparing(Comparator.reverseOrder()));
        System.out.println(ws);
        System.out.println(Comparator.<Integer>naturalOrder().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(1, 2)
                + " " + Comparator.comparingDouble((Double d) -> d).compare(0.0, -0.0) + " " + Comparator.comparingLong((Long l) -> l).compare(5L, 5L));
        List<Emp> stable = new ArrayList<>(es);
        stable.sort(Comparator.comparing(Emp::dept));
        stable.forEach(e -> System.out.print(e.name() + " "));
        System.out.println();
    }
}

package difftest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

public class p096_MethodRefUnbound {
    static class Person {
        final String name; final int age;
        Person(String n, int a) { name = n; age = a; }
        String getName() { return name; }
        int getAge() { return age; }
        String greet(String other) { return name + " greets " + other; }
    }

    public static void main(String[] args) {
        Function<String, String> up = String::toUpperCase;
        ToIntFunction<String> len = String::length;
        BiFunction<String, String, Boolean> sw = String::startsWith;
        BiPredicate<String, String> eq = String::equalsIgnoreCase;
        BiFunction<Person, String, String> greet = Person::greet;
        System.out.println(up.apply("abc") + " " + len.applyAsInt("four") + " " + sw.apply("prefix", "pre") + " " + eq.test("A", "a"));
        Person p = new Person("Ann", 30);
        System.out.println(greet.apply(p, "Bob"));
        List<Person> ps = new ArrayList<>(Arrays.asList(new Person("Zed", 20), new Person("Amy", 40), new Person("Bob", 20)));
        ps.sort(Comparator.comparing(Person::getName));
        for (Person x : ps) System.out.print(x.getName() + " ");
        System.out.println();
        ps.sort(Comparator.comparingInt(Person::getAge).thenComparing(Person::getName, Comparator.reverseOrder()));
        for (Person x : ps) System.out.print(x.getName() + x.getAge() + " ");
        System.out.println();
        Function<Object, String> ts = Object::toString;
        Function<Integer, Integer> hc = Object::hashCode;
        System.out.println(ts.apply(42) + " " + hc.apply(42) + " " + ts.apply("s"));
        Function<int[], int[]> cl = int[]::clone;
        int[] orig = {1, 2};
        int[] copy = cl.apply(orig);
        copy[0] = 9;
        System.out.println(orig[0] + " " + copy[0]);
    }
}

package difftest;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;
/**
 * Sequential streams as a new user writes them: Stream, IntStream, LongStream, DoubleStream, Collectors
 * (groupingBy, partitioningBy, joining, toMap and its duplicate-key message, teeing, ...), String.chars and
 * lines, Arrays.stream, Collection.stream (late-binding), laziness (peek order, sorted as a barrier, count
 * without running a sized pipeline), reuse of a consumed stream, compensated double sums.
 */
public class p197_Streams {
    record Person(String name, int age, String city) {}
    static void p(Object o) { System.out.println(o); }
    public static void main(String[] a) {
        List<Person> people = List.of(new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 42, "Oslo"),
            new Person("Dee", 25, "Lima"), new Person("Eve", 37, "Rome"), new Person("Fay", 19, "Oslo"));
        p(people.stream().filter(p -> p.age() > 30).map(Person::name).collect(Collectors.toList()));
        p(people.stream().collect(Collectors.groupingBy(Person::city)));
        p(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.counting())));
        p(people.stream().collect(Collectors.groupingBy(Person::city, () -> new TreeMap<String, String>(), Collectors.mapping(Person::name, Collectors.joining("/")))));
        p(people.stream().collect(Collectors.partitioningBy(p -> p.age() >= 30)));
        p(people.stream().collect(Collectors.partitioningBy(p -> p.age() >= 30, Collectors.averagingInt(Person::age))));
        p(people.stream().collect(Collectors.toMap(Person::name, Person::age)));
        p(people.stream().collect(Collectors.toMap(Person::city, Person::age, Integer::sum)));
        try { people.stream().collect(Collectors.toMap(Person::city, Person::age)); } catch (IllegalStateException e) { p(e.getMessage()); }
        p(people.stream().map(Person::name).collect(Collectors.joining(", ", "[", "]")));
        p(people.stream().mapToInt(Person::age).sum() + " " + people.stream().mapToInt(Person::age).average() + " " + people.stream().mapToInt(Person::age).summaryStatistics());
        p(people.stream().sorted(Comparator.comparing(Person::age).thenComparing(Person::name, Comparator.reverseOrder())).map(Person::name).toList());
        p(people.stream().max(Comparator.comparingInt(Person::age)).get());
        p(IntStream.range(0, 10).filter(i -> i % 3 == 0).boxed().collect(Collectors.toList()));
        p(IntStream.rangeClosed(1, 5).reduce(1, (x, y) -> x * y));
        p(Stream.iterate(1, x -> x * 2).limit(10).map(String::valueOf).collect(Collectors.joining(",")));
        p(Stream.iterate(1, x -> x < 100, x -> x * 3).toList());
        p("hello world".chars().filter(Character::isLetter).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        p("hello".chars().sum() + " " + "abc".codePoints().count());
        p(Arrays.stream(new int[] {5, 3, 1, 4}).sorted().boxed().toList());
        p(Arrays.stream(new String[] {"b", "a", "c"}).sorted().collect(Collectors.toList()));
        p(Stream.of("a", "bb", "a", "ccc", "bb").distinct().collect(Collectors.toList()));
        p(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(x -> x * 10).toList());
        p(Stream.of("x", "y").peek(s -> System.out.print("peek " + s + "; ")).count());
        p(Stream.of(5, 1, 4).peek(s -> System.out.print("p" + s + " ")).sorted().peek(s -> System.out.print("q" + s + " ")).findFirst().get());
        p(Stream.of(1, 2, 3, 4, 5, 6).takeWhile(x -> x < 4).toList() + " " + Stream.of(1, 2, 3, 4, 1).dropWhile(x -> x < 3).toList());
        p(Stream.of(1, 2, 3).anyMatch(x -> x > 2) + " " + Stream.of(1, 2, 3).allMatch(x -> x > 2) + " " + Stream.of(1, 2, 3).noneMatch(x -> x > 5));
        p(DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.of(0.1, 0.2, 0.3).average().getAsDouble() + " " + DoubleStream.of(1.5, 2.5).summaryStatistics());
        p(LongStream.rangeClosed(1, 20).reduce(1L, (x, y) -> x * y) + " " + LongStream.of(3, 1, 2).max().getAsLong());
        p(Stream.of("a", "b", "c").skip(1).collect(Collectors.toCollection(LinkedList::new)));
        p(IntStream.of(3, 1, 2).mapToObj(Integer::toString).collect(Collectors.joining("-")));
        p(Stream.of("apple", "banana", "cherry").collect(Collectors.toMap(s -> s.charAt(0), String::length)));
        Map<Boolean, Long> m = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.partitioningBy(x -> x % 2 == 0, Collectors.counting()));
        p(m + " " + m.get(true));
        p(Stream.of(1, 2, 3, 4).reduce(Integer::sum).get() + " " + Stream.of(1, 2, 3).reduce(0, (x, y) -> x + y, Integer::sum));
        p(Stream.of("a", "b").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append));
        p(Arrays.toString(Stream.of(1, 2, 3).toArray(Integer[]::new)) + " " + Arrays.toString(IntStream.range(0, 4).toArray()));
        p(Stream.of("a", "b", "c").collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)));
        p(Stream.of(1, 2, 3, 4).collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (c, s) -> s + "/" + c)));
        p(Stream.of(1, 2, 3, 4).collect(Collectors.summingDouble(x -> x / 3.0)) + " " + Stream.of(1, 2).collect(Collectors.averagingDouble(x -> x * 0.1)));
        p(Stream.of("bb", "a", "ccc").collect(Collectors.minBy(Comparator.comparing(String::length))));
        p(Stream.of(1, 2, 3, 4, 5).collect(Collectors.filtering(x -> x % 2 == 1, Collectors.toList())));
        p(Stream.of(List.of(1, 2), List.of(3)).collect(Collectors.flatMapping(List::stream, Collectors.toSet())));
        p(Stream.of("a", "bb", "cc").collect(Collectors.groupingBy(String::length, Collectors.toSet())));
        p(Stream.of(1, 2, 3).collect(Collectors.reducing(0, x -> x * x, Integer::sum)));
        p(Stream.of("x").findAny().isPresent() + " " + Stream.empty().findFirst());
        Stream<String> s = Stream.of("a");
        s.count();
        try { s.count(); } catch (IllegalStateException e) { p(e.getMessage()); }
        try { Stream.of(1).limit(-1); } catch (IllegalArgumentException e) { p(e); }
        p(Optional.of(3).stream().map(x -> x + 1).toList());
        p("a\nb\r\nc\n".lines().collect(Collectors.toList()) + " " + "".lines().count());
        p(Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        p(IntStream.iterate(1, i -> i <= 100, i -> i * 2).boxed().toList());
        p(Stream.concat(Stream.of(1), Stream.of(2, 3)).toList());
        p(IntStream.range(0, 5).mapToObj(i -> "#" + i).collect(Collectors.toList()));
        p(people.stream().collect(Collectors.summarizingInt(Person::age)));
        p(Stream.of(3, 1, 2).sorted(Comparator.reverseOrder()).toList());
        p(new TreeSet<>(Set.of(5, 2, 8)).stream().map(x -> x + 1).toList());
        p(new HashMap<>(Map.of("k1", 1, "k2", 2)).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
        List<Integer> late = new ArrayList<>(List.of(1, 2));
        Stream<Integer> ls = late.stream();
        late.add(3);
        p(ls.toList());
        p(Stream.of(1, 2, 3, 4).mapToDouble(x -> x).map(Math::sqrt).boxed().toList());
        p(IntStream.of(1, 2, 2, 3).distinct().count() + " " + IntStream.empty().max() + " " + IntStream.of(4).asLongStream().sum() + " " + IntStream.of(4, 6).asDoubleStream().average());
        try { Stream.of(1, null).findFirst(); } catch (NullPointerException e) { p("NPE"); }
        p(Stream.of(1, 2, 3, 4, 5, 6).<String>mapMulti((x, sink) -> { if (x % 2 == 0) { sink.accept(x + "a"); sink.accept(x + "b"); } }).toList());
    }
}

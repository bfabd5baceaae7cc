package difftest;

import java.util.*;

/**
 * The exception types and messages of the collections and strings when misused, as JDK 17 gives them: List.of
 * with one or two elements checks its index itself ("Index: 5 Size: 1"), with more it fails on its array; the
 * other lists, deques, iterators, maps, Optional, Stack, StringBuilder, parsing and the immutables' factories.
 */
public class p195_LibraryErrors {
    static void t(Runnable r) { try { r.run(); System.out.println("no exception"); } catch (RuntimeException e) { System.out.println(e); } }
    public static void main(String[] a) {
        t(() -> List.of(1).get(5));
        t(() -> List.of().get(0));
        t(() -> List.of(1, 2).get(-1));
        t(() -> List.of(1, 2, 3).get(3));
        t(() -> List.of(1, 2, 3, 4, 5).get(7));
        t(() -> Arrays.asList(1, 2).get(2));
        t(() -> new ArrayList<>(List.of(1)).get(1));
        t(() -> new ArrayList<>().get(0));
        t(() -> new LinkedList<>().get(0));
        t(() -> new LinkedList<>(List.of(1)).get(3));
        t(() -> Collections.emptyList().get(0));
        t(() -> Collections.singletonList(1).get(1));
        t(() -> Collections.unmodifiableList(new ArrayList<>(List.of(1))).get(1));
        t(() -> List.copyOf(List.of(1, 2)).get(2));
        t(() -> new ArrayList<>(List.of(1)).subList(0, 1).get(1));
        t(() -> List.of(1).subList(0, 1).get(1));
        t(() -> new ArrayList<>(List.of(1)).set(1, 2));
        t(() -> new ArrayList<>(List.of(1)).remove(1));
        t(() -> new ArrayList<>(List.of(1)).add(3, 2));
        t(() -> new Vector<>(List.of(1)).get(3));
        t(() -> new ArrayDeque<>().pop());
        t(() -> new ArrayDeque<>().getFirst());
        t(() -> new ArrayDeque<>().element());
        t(() -> new LinkedList<>().getFirst());
        t(() -> new LinkedList<>().remove());
        t(() -> new ArrayList<>().iterator().next());
        t(() -> List.of().iterator().next());
        t(() -> new HashMap<>().keySet().iterator().next());
        t(() -> new TreeMap<>().firstKey());
        t(() -> new TreeSet<>().first());
        t(() -> new PriorityQueue<>().remove());
        t(() -> new PriorityQueue<>().element());
        t(() -> Optional.empty().get());
        t(() -> Optional.empty().orElseThrow());
        t(() -> new Stack<>().pop());
        t(() -> new Stack<>().peek());
        t(() -> "abc".charAt(5));
        t(() -> "abc".substring(2, 1));
        t(() -> "abc".substring(4));
        t(() -> new StringBuilder("abc").charAt(4));
        t(() -> new StringBuilder("abc").deleteCharAt(4));
        t(() -> new StringBuilder("abc").insert(5, "x"));
        t(() -> new StringBuilder("abc").setCharAt(3, 'x'));
        t(() -> List.of(1).add(2));
        t(() -> List.of(1).set(0, 2));
        t(() -> Collections.unmodifiableList(new ArrayList<>()).add(1));
        t(() -> List.of(1, null));
        t(() -> Map.of("a", 1, "a", 2));
        t(() -> Set.of(1, 1));
        t(() -> Integer.parseInt("12x"));
        t(() -> Integer.parseInt(""));
        t(() -> Integer.parseInt(null));
        t(() -> Long.parseLong("99999999999999999999"));
        t(() -> Double.parseDouble("x1"));
        t(() -> Objects.requireNonNull(null, "msg"));
        t(() -> Objects.checkIndex(5, 3));
        t(() -> new ArrayList<>(-1));
        t(() -> new HashMap<>(-1));
        t(() -> "abc".repeat(-1));
        t(() -> Arrays.copyOfRange(new int[3], 2, 1));
        t(() -> Arrays.fill(new int[3], 2, 5, 0));
        t(() -> Character.toChars(-1));
        t(() -> "abc".codePointAt(3));
        t(() -> String.valueOf((char[]) null));
        t(() -> new String(new char[2], 1, 3));
    }
}

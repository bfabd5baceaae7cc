package difftest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

public class p143_ArrayDeque {
    public static void main(String[] args) {
        Deque<Integer> d = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) { if (i % 2 == 0) d.addFirst(i); else d.addLast(i); }
        System.out.println(d + " " + d.size() + " " + d.peekFirst() + " " + d.peekLast());
        System.out.println(d.pollFirst() + " " + d.pollLast() + " " + d.pop() + " " + d);
        d.push(100);
        d.offerLast(200);
        System.out.println(d.contains(100) + " " + d.removeFirstOccurrence(5) + " " + d);
        Iterator<Integer> it = d.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.next()).append(',');
        System.out.println(sb);
        Deque<Integer> big = new ArrayDeque<>(2);
        for (int i = 0; i < 1000; i++) { big.addLast(i); if (i % 3 == 0) big.pollFirst(); }
        System.out.println(big.size() + " " + big.peekFirst() + " " + big.peekLast());
        ArrayDeque<String> stack = new ArrayDeque<>();
        for (String s : "a b c d".split(" ")) stack.push(s);
        StringBuilder r = new StringBuilder();
        while (!stack.isEmpty()) r.append(stack.pop());
        System.out.println(r);
        try { stack.addFirst(null); } catch (NullPointerException e) { System.out.println("NPE null element"); }
        try { stack.removeFirst(); } catch (java.util.NoSuchElementException e) { System.out.println("NSEE"); }
        System.out.println(stack.pollFirst() + " " + stack.peek());
    }
}

package difftest;

import java.util.Iterator;
import java.util.LinkedList;

public class p142_LinkedList {
    public static void main(String[] args) {
        LinkedList<String> l = new LinkedList<>();
        l.add("b"); l.addFirst("a"); l.addLast("c"); l.push("z"); l.offer("d");
        System.out.println(l + " " + l.getFirst() + " " + l.getLast() + " " + l.peek() + " " + l.size());
        System.out.println(l.pop() + " " + l.poll() + " " + l.pollLast() + " " + l);
        l.add(1, "x");
        l.remove("c");
        System.out.println(l + " " + l.indexOf("x") + " " + l.get(1));
        Iterator<String> d = l.descendingIterator();
        while (d.hasNext()) System.out.print(d.next());
        System.out.println();
        LinkedList<Integer> q = new LinkedList<>();
        for (int i = 0; i < 10; i++) q.add(i);
        Iterator<Integer> it = q.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(q + " " + q.removeFirst() + " " + q.removeLast() + " " + q.peekFirst() + " " + q.peekLast());
        q.clear();
        System.out.println(q.poll() + " " + q.peek() + " " + q.isEmpty());
        try { q.getFirst(); } catch (java.util.NoSuchElementException e) { System.out.println("NSEE"); }
        try { q.remove(); } catch (java.util.NoSuchElementException e) { System.out.println("NSEE"); }
    }
}

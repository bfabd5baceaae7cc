package difftest;

import java.util.Collections;
import java.util.PriorityQueue;

public class p150_PriorityQueue {
    record Task(String name, int prio) { }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vs = {5, 1, 8, 3, 9, 2, 7, 1, 6};
        for (int v : vs) pq.add(v);
        System.out.println(pq.peek() + " " + pq.size());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<Integer> max = new PriorityQueue<>(Collections.reverseOrder());
        for (int v : vs) max.offer(v);
        sb.setLength(0);
        while (!max.isEmpty()) sb.append(max.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.prio() != b.prio() ? b.prio() - a.prio() : a.name().compareTo(b.name()));
        tasks.add(new Task("write", 2)); tasks.add(new Task("read", 5)); tasks.add(new Task("eat", 2)); tasks.add(new Task("sleep", 9));
        while (!tasks.isEmpty()) System.out.print(tasks.poll() + " ");
        System.out.println();
        PriorityQueue<Long> big = new PriorityQueue<>();
        long x = 12345;
        for (int i = 0; i < 10000; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; big.add(x); }
        long prev = -1, checksum = 0;
        boolean sorted = true;
        for (int i = 0; i < 10000; i++) { long v = big.poll(); if (v < prev) sorted = false; prev = v; checksum = checksum * 31 + v; }
        System.out.println(sorted + " " + checksum + " " + big.poll());
        PriorityQueue<Integer> r = new PriorityQueue<>(java.util.List.of(4, 2, 6));
        r.remove(2);
        System.out.println(r.poll() + " " + r.poll());
    }
}

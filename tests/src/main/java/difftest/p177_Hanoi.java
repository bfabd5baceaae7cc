package difftest;

import java.util.ArrayDeque;
import java.util.Deque;

public class p177_Hanoi {
    static int moves;
    static StringBuilder log = new StringBuilder();
    static void hanoi(int n, char from, char to, char via, Deque<Integer>[] pegs) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, pegs);
        int disk = pegs[from - 'A'].pop();
        if (!pegs[to - 'A'].isEmpty() && pegs[to - 'A'].peek() < disk) throw new IllegalStateException("illegal move");
        pegs[to - 'A'].push(disk);
        moves++;
        if (moves <= 15) log.append(from).append(to).append(' ');
        hanoi(n - 1, via, to, from, pegs);
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        Deque<Integer>[] pegs = new Deque[3];
        for (int i = 0; i < 3; i++) pegs[i] = new ArrayDeque<>();
        for (int d = 18; d >= 1; d--) pegs[0].push(d);
        hanoi(18, 'A', 'C', 'B', pegs);
        System.out.println(moves + " " + pegs[0].size() + " " + pegs[1].size() + " " + pegs[2].size() + " top " + pegs[2].peek());
        System.out.println(log);
    }
}

package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

/** The classic first program that reads input: Scanner(System.in), a count, numbers, then words and lines. */
public class p199_ScannerStdin {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.print("How many numbers? ");
        int n = in.nextInt();
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(in.nextInt());
        }
        System.out.println("read " + xs + ", max " + xs.stream().mapToInt(Integer::intValue).max().getAsInt());
        in.nextLine();
        System.out.print("Your name: ");
        String name = in.nextLine();
        System.out.println("Hello, " + name + "!");
        double total = 0;
        while (in.hasNextDouble()) {
            total += in.nextDouble();
        }
        System.out.println("total " + total);
        while (in.hasNext()) {
            System.out.println("word " + in.next());
        }
        System.out.println("end: " + in.hasNextLine());
    }
}

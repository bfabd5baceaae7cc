package difftest;

public class p130_ArgEvalOrder {
    static int counter = 0;
    static int next(String tag) { counter++; System.out.print(tag + counter + " "); return counter; }
    static String three(int a, int b, int c) { return "(" + a + "," + b + "," + c + ")"; }
    String inst(int a, int b) { return "inst(" + a + "," + b + ")"; }
    static p130_ArgEvalOrder recv() { System.out.print("recv "); return new p130_ArgEvalOrder(); }
    p130_ArgEvalOrder(int a, int b) { System.out.print("ctor(" + a + "," + b + ") "); }
    p130_ArgEvalOrder() { }

    public static void main(String[] args) {
        System.out.println(three(next("a"), next("b"), next("c")));
        System.out.println(recv().inst(next("x"), next("y")));
        new p130_ArgEvalOrder(next("p"), next("q"));
        System.out.println();
        int i = 0;
        System.out.println(three(i++, i++, ++i) + " " + i);
        System.out.println(String.format("%d %d %d", next("f"), next("g"), next("h")));
        int[] arr = {next("e1"), next("e2"), next("e3")};
        System.out.println(java.util.Arrays.toString(arr));
        String s = "" + next("s1") + next("s2");
        System.out.println(s);
        boolean b = next("l") > 100 || next("r") > 0;
        System.out.println(b);
    }
}

package difftest;

public class p129_CompoundEval {
    static int calls;
    static int[] data = {1, 2, 3};
    static int idx() { calls++; return 1; }
    int f = 10;
    static p129_CompoundEval inst = new p129_CompoundEval();
    static p129_CompoundEval get() { calls++; return inst; }

    public static void main(String[] args) {
        data[idx()] += 10;
        data[idx()]++;
        data[idx()] *= data[idx()];
        System.out.println(java.util.Arrays.toString(data) + " calls=" + calls);
        calls = 0;
        get().f += 5;
        get().f++;
        ++get().f;
        System.out.println(inst.f + " calls=" + calls);
        String[] s = {"a"};
        s[0] += s[0] += "b";
        System.out.println(s[0]);
        long l = 5;
        l <<= 62 + 3;
        System.out.println(l);
        int x = 3;
        x = x++ + x++;
        System.out.println(x);
        int y = 10;
        y -= y - (y = 3);
        System.out.println(y);
        Integer boxed = 5;
        boxed += boxed++;
        System.out.println(boxed);
        double d = 1;
        d /= 3; d *= 3;
        System.out.println(d == 1.0);
    }
}

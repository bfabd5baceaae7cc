package difftest;

public class p028_IncDec {
    static int si;
    int fi;
    static long sl;

    public static void main(String[] args) {
        int i = 5;
        int a = i++ + ++i;
        System.out.println(a + " " + i);
        int b = i-- - --i;
        System.out.println(b + " " + i);
        i = 10;
        i = i++;
        System.out.println(i);
        i = ++i + i++;
        System.out.println(i);
        si = 3;
        System.out.println(si++ + " " + si + " " + ++si + " " + si-- + " " + --si);
        p028_IncDec o = new p028_IncDec();
        o.fi = 100;
        int r = o.fi++ * 2 + --o.fi;
        System.out.println(r + " " + o.fi);
        sl = Long.MAX_VALUE;
        sl++;
        System.out.println(sl);
        long[] la = {1, 2};
        la[1]++; la[0]--;
        System.out.println(la[0] + " " + la[1]);
        double d = 1.5;
        d++; ++d; d--;
        System.out.println(d);
        float f = 0.5f;
        System.out.println(f++ + " " + ++f);
        Integer boxed = 41;
        boxed++;
        System.out.println(boxed);
        int j = 0;
        int[] arr = new int[5];
        arr[j++] = j++;
        arr[j++] += ++j;
        System.out.println(java.util.Arrays.toString(arr) + " " + j);
    }
}

package difftest;

public class p012_CompoundNarrow {
    public static void main(String[] args) {
        byte b = 10;
        b += 1000; System.out.println("b " + b);
        b *= 3; System.out.println("b " + b);
        b -= 300.7; System.out.println("b " + b);
        b >>= 1; System.out.println("b " + b);
        b >>>= 1; System.out.println("b " + b);
        short s = 1000;
        s *= 1000; System.out.println("s " + s);
        s += 0.9; System.out.println("s " + s);
        s /= 0.001; System.out.println("s " + s);
        char c = 'A';
        c += 2; System.out.println("c " + c);
        c += 70000; System.out.println("c " + (int) c);
        c -= 'z'; System.out.println("c " + (int) c);
        int i = 5;
        i += 3e9; System.out.println("i " + i);
        i = 5; i -= 3e9; System.out.println("i " + i);
        i = 7; i *= 2.5; System.out.println("i " + i);
        i = 7; i += Double.NaN; System.out.println("i " + i);
        long l = 1;
        l += 1e30; System.out.println("l " + l);
        l = 10; l *= 0.75; System.out.println("l " + l);
        i = 100; i += 10000000000L; System.out.println("i " + i);
        float f = 1;
        f += 1e-10; System.out.println("f " + f);
        byte[] arr = {100, 100};
        arr[0] += arr[1]; arr[1]++;
        System.out.println(arr[0] + " " + arr[1]);
        char[] cs = {'y'};
        cs[0]++; cs[0]++;
        System.out.println(cs[0] + " " + (int) cs[0]);
    }
}

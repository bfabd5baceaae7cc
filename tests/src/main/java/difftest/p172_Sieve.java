package difftest;

public class p172_Sieve {
    public static void main(String[] args) {
        int n = 2_000_000;
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++; sum += i; last = i;
                for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            }
        }
        System.out.println(count + " " + sum + " " + last);
        StringBuilder sb = new StringBuilder();
        for (int i = 2, k = 0; k < 30; i++) if (!composite[i]) { sb.append(i).append(' '); k++; }
        System.out.println(sb);
        java.util.BitSet bs = new java.util.BitSet(1000);
        for (int i = 2; i < 1000; i++) if (!composite[i]) bs.set(i);
        System.out.println(bs.cardinality() + " " + bs.nextSetBit(500) + " " + bs.previousSetBit(999) + " " + bs.get(997));
    }
}

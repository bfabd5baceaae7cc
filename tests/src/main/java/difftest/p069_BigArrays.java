package difftest;

public class p069_BigArrays {
    public static void main(String[] args) {
        int n = 8_000_000;
        int[] big = new int[n];
        for (int i = 0; i < n; i++) big[i] = i * 7 + 3;
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("sum " + sum);
        byte[] bytes = new byte[32 << 20];
        for (int i = 0; i < bytes.length; i += 4096) bytes[i] = (byte) (i >> 12);
        int x = 0;
        for (int i = 0; i < bytes.length; i += 4096) x += bytes[i];
        System.out.println("bytes " + bytes.length + " " + x + " " + bytes[bytes.length - 1]);
        long[] longs = new long[1 << 20];
        longs[longs.length - 1] = Long.MAX_VALUE;
        System.out.println(longs[longs.length - 1] + " " + longs[12345]);
        Object[] refs = new Object[1_000_000];
        for (int i = 0; i < refs.length; i += 1000) refs[i] = Integer.valueOf(i);
        int cnt = 0;
        for (Object r : refs) if (r != null) cnt++;
        System.out.println("refs " + cnt + " " + refs[999000]);
        double[] ds = new double[3_000_000];
        for (int i = 0; i < ds.length; i++) ds[i] = i * 0.5;
        double dsum = 0;
        for (double d : ds) dsum += d;
        System.out.println("dsum " + dsum);
    }
}

package difftest;

public class p133_LookupSwitch {
    static int sparse(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return 1;
            case -1000000: return 2;
            case -1: return 3;
            case 7: return 4;
            case 1000: return 5;
            case 65536: return 6;
            case 123456789: return 7;
            case Integer.MAX_VALUE: return 8;
            default: return 0;
        }
    }

    static String longish(long l) {
        int h = (int) (l ^ (l >>> 32));
        switch (h) { case 0: return "zero-hash"; case 1: return "one-hash"; default: return "hash " + h; }
    }

    public static void main(String[] args) {
        int[] probes = {Integer.MIN_VALUE, -1000000, -1000001, -1, 0, 7, 8, 1000, 65536, 65535, 123456789, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
        StringBuilder sb = new StringBuilder();
        for (int p : probes) sb.append(sparse(p));
        System.out.println(sb);
        System.out.println(longish(0) + " " + longish(1) + " " + longish(1L << 32 | 1) + " " + longish(-1L));
        int total = 0;
        for (int i = -2000000; i < 2000000; i += 7) total += sparse(i);
        System.out.println(total);
    }
}

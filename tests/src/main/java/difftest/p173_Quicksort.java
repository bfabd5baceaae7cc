package difftest;

public class p173_Quicksort {
    static void quicksort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = a[(lo + hi) >>> 1], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; } else { quicksort(a, i, hi); hi = j; }
        }
    }

    static <T extends Comparable<T>> void mergesort(T[] a, T[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        mergesort(a, tmp, lo, mid);
        mergesort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i].compareTo(a[j]) <= 0 ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    public static void main(String[] args) {
        int n = 500_000;
        int[] a = new int[n];
        long s = 88172645463325252L;
        for (int i = 0; i < n; i++) { s ^= s << 13; s ^= s >>> 7; s ^= s << 17; a[i] = (int) (s % 1000000); }
        quicksort(a, 0, n - 1);
        boolean ok = true;
        long h = 0;
        for (int i = 0; i < n; i++) { if (i > 0 && a[i - 1] > a[i]) ok = false; h = h * 1000003 + a[i]; }
        System.out.println(ok + " " + a[0] + " " + a[n / 2] + " " + a[n - 1] + " " + h);
        String[] ws = new String[5000];
        for (int i = 0; i < ws.length; i++) ws[i] = Integer.toString((i * 7907) % 5003, 7);
        mergesort(ws, new String[ws.length], 0, ws.length);
        System.out.println(ws[0] + " " + ws[2500] + " " + ws[4999]);
    }
}

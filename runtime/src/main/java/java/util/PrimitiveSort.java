package java.util;

/**
 * Sorting of primitive arrays into ascending numeric order: introsort (median-of-three
 * quicksort with Hoare partitioning, insertion sort for short ranges, heapsort when the
 * recursion gets too deep, so the worst case stays O(n log n)); counting sort for large
 * byte/short/char ranges. float/double: NaNs are moved to the end first and -0.0 is put
 * before 0.0 afterwards, which gives Double.compare order like the JDK.
 * (Generated once from a template per type; edit all copies alike.)
 */
final class PrimitiveSort {
    private PrimitiveSort() {
    }

    /** Ranges up to this length are insertion-sorted. */
    private static final int INSERTION_LIMIT = 24;

    private static int depthLimit(int n) {
        return 2 * (32 - Integer.numberOfLeadingZeros(n));
    }

    // ---- int ----

    static void sort(int[] a, int lo, int hi) {
        if (!presorted(a, lo, hi)) {
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
        }
    }

    /**
     * True if a[lo..hi) is already ascending, or was strictly descending and has been
     * reversed: sorted and reversed inputs then cost one linear pass.
     */
    private static boolean presorted(int[] a, int lo, int hi) {
        int i = lo + 1;
        while (i < hi && a[i - 1] <= a[i]) {
            i++;
        }
        if (i >= hi) {
            return true;
        }
        if (i == lo + 1) {
            while (i < hi && a[i - 1] > a[i]) {
                i++;
            }
            if (i >= hi) {
                for (int l = lo, h = hi - 1; l < h; l++, h--) {
                    int t = a[l]; a[l] = a[h]; a[h] = t;
                }
                return true;
            }
        }
        return false;
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void introSort(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // median of three: order a[lo] <= a[mid] <= a[hi], pivot = a[mid]
            if (a[mid] < a[lo]) {
                int t = a[mid]; a[mid] = a[lo]; a[lo] = t;
            }
            if (a[hi] < a[mid]) {
                int t = a[hi]; a[hi] = a[mid]; a[mid] = t;
                if (a[mid] < a[lo]) {
                    int u = a[mid]; a[mid] = a[lo]; a[lo] = u;
                }
            }
            int pivot = a[mid];
            // Hoare partition: elements equal to the pivot stop both scans, so runs of
            // duplicates are split evenly instead of degrading to quadratic time
            int i = lo;
            int j = hi;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]);
                if (i >= j) {
                    break;
                }
                int t = a[i]; a[i] = a[j]; a[j] = t;
            }
            // recurse into the smaller half, loop on the larger (bounded stack)
            if (j - lo < hi - j) {
                introSort(a, lo, j, depth);
                lo = j + 1;
            } else {
                introSort(a, j + 1, hi, depth);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    private static void insertionSort(int[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSort(int[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int t = a[lo]; a[lo] = a[lo + end]; a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(int[] a, int base, int k, int n) {
        int x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child] < a[base + child + 1]) {
                child++;
            }
            if (!(x < a[base + child])) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    // ---- long ----

    static void sort(long[] a, int lo, int hi) {
        if (!presorted(a, lo, hi)) {
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
        }
    }

    /**
     * True if a[lo..hi) is already ascending, or was strictly descending and has been
     * reversed: sorted and reversed inputs then cost one linear pass.
     */
    private static boolean presorted(long[] a, int lo, int hi) {
        int i = lo + 1;
        while (i < hi && a[i - 1] <= a[i]) {
            i++;
        }
        if (i >= hi) {
            return true;
        }
        if (i == lo + 1) {
            while (i < hi && a[i - 1] > a[i]) {
                i++;
            }
            if (i >= hi) {
                for (int l = lo, h = hi - 1; l < h; l++, h--) {
                    long t = a[l]; a[l] = a[h]; a[h] = t;
                }
                return true;
            }
        }
        return false;
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void introSort(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // median of three: order a[lo] <= a[mid] <= a[hi], pivot = a[mid]
            if (a[mid] < a[lo]) {
                long t = a[mid]; a[mid] = a[lo]; a[lo] = t;
            }
            if (a[hi] < a[mid]) {
                long t = a[hi]; a[hi] = a[mid]; a[mid] = t;
                if (a[mid] < a[lo]) {
                    long u = a[mid]; a[mid] = a[lo]; a[lo] = u;
                }
            }
            long pivot = a[mid];
            // Hoare partition: elements equal to the pivot stop both scans, so runs of
            // duplicates are split evenly instead of degrading to quadratic time
            int i = lo;
            int j = hi;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]);
                if (i >= j) {
                    break;
                }
                long t = a[i]; a[i] = a[j]; a[j] = t;
            }
            // recurse into the smaller half, loop on the larger (bounded stack)
            if (j - lo < hi - j) {
                introSort(a, lo, j, depth);
                lo = j + 1;
            } else {
                introSort(a, j + 1, hi, depth);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    private static void insertionSort(long[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSort(long[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            long t = a[lo]; a[lo] = a[lo + end]; a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int k, int n) {
        long x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child] < a[base + child + 1]) {
                child++;
            }
            if (!(x < a[base + child])) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    // ---- short ----

    static void sort(short[] a, int lo, int hi) {
        if (!presorted(a, lo, hi)) {
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
        }
    }

    /**
     * True if a[lo..hi) is already ascending, or was strictly descending and has been
     * reversed: sorted and reversed inputs then cost one linear pass.
     */
    private static boolean presorted(short[] a, int lo, int hi) {
        int i = lo + 1;
        while (i < hi && a[i - 1] <= a[i]) {
            i++;
        }
        if (i >= hi) {
            return true;
        }
        if (i == lo + 1) {
            while (i < hi && a[i - 1] > a[i]) {
                i++;
            }
            if (i >= hi) {
                for (int l = lo, h = hi - 1; l < h; l++, h--) {
                    short t = a[l]; a[l] = a[h]; a[h] = t;
                }
                return true;
            }
        }
        return false;
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void introSort(short[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // median of three: order a[lo] <= a[mid] <= a[hi], pivot = a[mid]
            if (a[mid] < a[lo]) {
                short t = a[mid]; a[mid] = a[lo]; a[lo] = t;
            }
            if (a[hi] < a[mid]) {
                short t = a[hi]; a[hi] = a[mid]; a[mid] = t;
                if (a[mid] < a[lo]) {
                    short u = a[mid]; a[mid] = a[lo]; a[lo] = u;
                }
            }
            short pivot = a[mid];
            // Hoare partition: elements equal to the pivot stop both scans, so runs of
            // duplicates are split evenly instead of degrading to quadratic time
            int i = lo;
            int j = hi;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]);
                if (i >= j) {
                    break;
                }
                short t = a[i]; a[i] = a[j]; a[j] = t;
            }
            // recurse into the smaller half, loop on the larger (bounded stack)
            if (j - lo < hi - j) {
                introSort(a, lo, j, depth);
                lo = j + 1;
            } else {
                introSort(a, j + 1, hi, depth);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    private static void insertionSort(short[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            short x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSort(short[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            short t = a[lo]; a[lo] = a[lo + end]; a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(short[] a, int base, int k, int n) {
        short x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child] < a[base + child + 1]) {
                child++;
            }
            if (!(x < a[base + child])) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    // ---- char ----

    static void sort(char[] a, int lo, int hi) {
        if (!presorted(a, lo, hi)) {
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
        }
    }

    /**
     * True if a[lo..hi) is already ascending, or was strictly descending and has been
     * reversed: sorted and reversed inputs then cost one linear pass.
     */
    private static boolean presorted(char[] a, int lo, int hi) {
        int i = lo + 1;
        while (i < hi && a[i - 1] <= a[i]) {
            i++;
        }
        if (i >= hi) {
            return true;
        }
        if (i == lo + 1) {
            while (i < hi && a[i - 1] > a[i]) {
                i++;
            }
            if (i >= hi) {
                for (int l = lo, h = hi - 1; l < h; l++, h--) {
                    char t = a[l]; a[l] = a[h]; a[h] = t;
                }
                return true;
            }
        }
        return false;
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void introSort(char[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // median of three: order a[lo] <= a[mid] <= a[hi], pivot = a[mid]
            if (a[mid] < a[lo]) {
                char t = a[mid]; a[mid] = a[lo]; a[lo] = t;
            }
            if (a[hi] < a[mid]) {
                char t = a[hi]; a[hi] = a[mid]; a[mid] = t;
                if (a[mid] < a[lo]) {
                    char u = a[mid]; a[mid] = a[lo]; a[lo] = u;
                }
            }
            char pivot = a[mid];
            // Hoare partition: elements equal to the pivot stop both scans, so runs of
            // duplicates are split evenly instead of degrading to quadratic time
            int i = lo;
            int j = hi;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]);
                if (i >= j) {
                    break;
                }
                char t = a[i]; a[i] = a[j]; a[j] = t;
            }
            // recurse into the smaller half, loop on the larger (bounded stack)
            if (j - lo < hi - j) {
                introSort(a, lo, j, depth);
                lo = j + 1;
            } else {
                introSort(a, j + 1, hi, depth);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    private static void insertionSort(char[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            char x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSort(char[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            char t = a[lo]; a[lo] = a[lo + end]; a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(char[] a, int base, int k, int n) {
        char x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child] < a[base + child + 1]) {
                child++;
            }
            if (!(x < a[base + child])) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    // ---- byte ----

    static void sort(byte[] a, int lo, int hi) {
        countingSort(a, lo, hi);
    }

    /**
     * True if a[lo..hi) is already ascending, or was strictly descending and has been
     * reversed: sorted and reversed inputs then cost one linear pass.
     */
    private static boolean presorted(byte[] a, int lo, int hi) {
        int i = lo + 1;
        while (i < hi && a[i - 1] <= a[i]) {
            i++;
        }
        if (i >= hi) {
            return true;
        }
        if (i == lo + 1) {
            while (i < hi && a[i - 1] > a[i]) {
                i++;
            }
            if (i >= hi) {
                for (int l = lo, h = hi - 1; l < h; l++, h--) {
                    byte t = a[l]; a[l] = a[h]; a[h] = t;
                }
                return true;
            }
        }
        return false;
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void introSort(byte[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // median of three: order a[lo] <= a[mid] <= a[hi], pivot = a[mid]
            if (a[mid] < a[lo]) {
                byte t = a[mid]; a[mid] = a[lo]; a[lo] = t;
            }
            if (a[hi] < a[mid]) {
                byte t = a[hi]; a[hi] = a[mid]; a[mid] = t;
                if (a[mid] < a[lo]) {
                    byte u = a[mid]; a[mid] = a[lo]; a[lo] = u;
                }
            }
            byte pivot = a[mid];
            // Hoare partition: elements equal to the pivot stop both scans, so runs of
            // duplicates are split evenly instead of degrading to quadratic time
            int i = lo;
            int j = hi;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]);
                if (i >= j) {
                    break;
                }
                byte t = a[i]; a[i] = a[j]; a[j] = t;
            }
            // recurse into the smaller half, loop on the larger (bounded stack)
            if (j - lo < hi - j) {
                introSort(a, lo, j, depth);
                lo = j + 1;
            } else {
                introSort(a, j + 1, hi, depth);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    private static void insertionSort(byte[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            byte x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSort(byte[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            byte t = a[lo]; a[lo] = a[lo + end]; a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(byte[] a, int base, int k, int n) {
        byte x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child] < a[base + child + 1]) {
                child++;
            }
            if (!(x < a[base + child])) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    // ---- float ----

    static void sort(float[] a, int lo, int hi) {
        sortFloating(a, lo, hi);
    }

    /**
     * True if a[lo..hi) is already ascending, or was strictly descending and has been
     * reversed: sorted and reversed inputs then cost one linear pass.
     */
    private static boolean presorted(float[] a, int lo, int hi) {
        int i = lo + 1;
        while (i < hi && a[i - 1] <= a[i]) {
            i++;
        }
        if (i >= hi) {
            return true;
        }
        if (i == lo + 1) {
            while (i < hi && a[i - 1] > a[i]) {
                i++;
            }
            if (i >= hi) {
                for (int l = lo, h = hi - 1; l < h; l++, h--) {
                    float t = a[l]; a[l] = a[h]; a[h] = t;
                }
                return true;
            }
        }
        return false;
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void introSort(float[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // median of three: order a[lo] <= a[mid] <= a[hi], pivot = a[mid]
            if (a[mid] < a[lo]) {
                float t = a[mid]; a[mid] = a[lo]; a[lo] = t;
            }
            if (a[hi] < a[mid]) {
                float t = a[hi]; a[hi] = a[mid]; a[mid] = t;
                if (a[mid] < a[lo]) {
                    float u = a[mid]; a[mid] = a[lo]; a[lo] = u;
                }
            }
            float pivot = a[mid];
            // Hoare partition: elements equal to the pivot stop both scans, so runs of
            // duplicates are split evenly instead of degrading to quadratic time
            int i = lo;
            int j = hi;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]);
                if (i >= j) {
                    break;
                }
                float t = a[i]; a[i] = a[j]; a[j] = t;
            }
            // recurse into the smaller half, loop on the larger (bounded stack)
            if (j - lo < hi - j) {
                introSort(a, lo, j, depth);
                lo = j + 1;
            } else {
                introSort(a, j + 1, hi, depth);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    private static void insertionSort(float[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            float x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSort(float[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            float t = a[lo]; a[lo] = a[lo + end]; a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(float[] a, int base, int k, int n) {
        float x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child] < a[base + child + 1]) {
                child++;
            }
            if (!(x < a[base + child])) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    // ---- double ----

    static void sort(double[] a, int lo, int hi) {
        sortFloating(a, lo, hi);
    }

    /**
     * True if a[lo..hi) is already ascending, or was strictly descending and has been
     * reversed: sorted and reversed inputs then cost one linear pass.
     */
    private static boolean presorted(double[] a, int lo, int hi) {
        int i = lo + 1;
        while (i < hi && a[i - 1] <= a[i]) {
            i++;
        }
        if (i >= hi) {
            return true;
        }
        if (i == lo + 1) {
            while (i < hi && a[i - 1] > a[i]) {
                i++;
            }
            if (i >= hi) {
                for (int l = lo, h = hi - 1; l < h; l++, h--) {
                    double t = a[l]; a[l] = a[h]; a[h] = t;
                }
                return true;
            }
        }
        return false;
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void introSort(double[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // median of three: order a[lo] <= a[mid] <= a[hi], pivot = a[mid]
            if (a[mid] < a[lo]) {
                double t = a[mid]; a[mid] = a[lo]; a[lo] = t;
            }
            if (a[hi] < a[mid]) {
                double t = a[hi]; a[hi] = a[mid]; a[mid] = t;
                if (a[mid] < a[lo]) {
                    double u = a[mid]; a[mid] = a[lo]; a[lo] = u;
                }
            }
            double pivot = a[mid];
            // Hoare partition: elements equal to the pivot stop both scans, so runs of
            // duplicates are split evenly instead of degrading to quadratic time
            int i = lo;
            int j = hi;
            for (;;) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]);
                if (i >= j) {
                    break;
                }
                double t = a[i]; a[i] = a[j]; a[j] = t;
            }
            // recurse into the smaller half, loop on the larger (bounded stack)
            if (j - lo < hi - j) {
                introSort(a, lo, j, depth);
                lo = j + 1;
            } else {
                introSort(a, j + 1, hi, depth);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSort(double[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            double t = a[lo]; a[lo] = a[lo + end]; a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(double[] a, int base, int k, int n) {
        double x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child] < a[base + child + 1]) {
                child++;
            }
            if (!(x < a[base + child])) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void countingSort(byte[] a, int lo, int hi) {
        if (hi - lo < 64) {
            if (hi - lo > 1) {
                insertionSort(a, lo, hi - 1);
            }
            return;
        }
        int[] count = new int[256];
        for (int i = lo; i < hi; i++) {
            count[a[i] + 128]++;
        }
        int k = lo;
        for (int v = 0; v < 256; v++) {
            for (int c = count[v]; c > 0; c--) {
                a[k++] = (byte) (v - 128);
            }
        }
    }

    /** Large short/char ranges: counting sort over all 65536 values is linear. */
    static void sortShort(short[] a, int lo, int hi) {
        if (hi - lo < 2000) {
            sort(a, lo, hi);
            return;
        }
        int[] count = new int[65536];
        for (int i = lo; i < hi; i++) {
            count[a[i] + 32768]++;
        }
        int k = lo;
        for (int v = 0; v < 65536; v++) {
            for (int c = count[v]; c > 0; c--) {
                a[k++] = (short) (v - 32768);
            }
        }
    }

    static void sortChar(char[] a, int lo, int hi) {
        if (hi - lo < 2000) {
            sort(a, lo, hi);
            return;
        }
        int[] count = new int[65536];
        for (int i = lo; i < hi; i++) {
            count[a[i]]++;
        }
        int k = lo;
        for (int v = 0; v < 65536; v++) {
            for (int c = count[v]; c > 0; c--) {
                a[k++] = (char) v;
            }
        }
    }

    /** NaNs to the end, sort the rest numerically, then order the zeros -0.0 before 0.0. */
    private static void sortFloating(float[] a, int lo, int hi) {
        int end = hi;
        for (int i = hi - 1; i >= lo; i--) {
            float x = a[i];
            if (x != x) {
                a[i] = a[--end];
                a[end] = x;
            }
        }
        if (end - lo < 2) {
            return;
        }
        if (!presorted(a, lo, end)) {
            introSort(a, lo, end - 1, depthLimit(end - lo));
        }
        // the zeros are contiguous now (they compare equal); find them by binary search
        int l = lo;
        int h = end;
        while (l < h) {
            int m = (l + h) >>> 1;
            if (a[m] < 0) {
                l = m + 1;
            } else {
                h = m;
            }
        }
        int negZeros = 0;
        int z = l;
        for (; z < end && a[z] == 0; z++) {
            if (Float.floatToRawIntBits(a[z]) < 0) {
                negZeros++;
            }
        }
        for (int i = l; i < z; i++) {
            a[i] = (i - l < negZeros) ? -0.0f : 0.0f;
        }
    }

    /** NaNs to the end, sort the rest numerically, then order the zeros -0.0 before 0.0. */
    private static void sortFloating(double[] a, int lo, int hi) {
        int end = hi;
        for (int i = hi - 1; i >= lo; i--) {
            double x = a[i];
            if (x != x) {
                a[i] = a[--end];
                a[end] = x;
            }
        }
        if (end - lo < 2) {
            return;
        }
        if (!presorted(a, lo, end)) {
            introSort(a, lo, end - 1, depthLimit(end - lo));
        }
        // the zeros are contiguous now (they compare equal); find them by binary search
        int l = lo;
        int h = end;
        while (l < h) {
            int m = (l + h) >>> 1;
            if (a[m] < 0) {
                l = m + 1;
            } else {
                h = m;
            }
        }
        int negZeros = 0;
        int z = l;
        for (; z < end && a[z] == 0; z++) {
            if (Double.doubleToRawLongBits(a[z]) < 0) {
                negZeros++;
            }
        }
        for (int i = l; i < z; i++) {
            a[i] = (i - l < negZeros) ? -0.0 : 0.0;
        }
    }
}

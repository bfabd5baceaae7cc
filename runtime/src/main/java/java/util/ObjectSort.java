package java.util;

/**
 * Stable sorting of object arrays: top-down merge sort with insertion sort for short runs,
 * skipping merges of halves that are already in order (so sorted input costs n comparisons).
 * Two copies: natural ordering (elements cast to Comparable, ClassCastException otherwise)
 * and comparator ordering, to avoid an extra indirection per comparison.
 *
 * <p>Natural ordering of a range holding only {@code Integer}s (the common list of boxed
 * ints) takes {@link #sortIntegers}: a radix sort on the values for long ranges, else the
 * values and original positions packed into longs and sorted as primitives. Every stable sort of
 * a total order yields the same arrangement, so the result (box identities included) is the
 * one the merge sort below, or the JDK's TimSort, would give; only the comparisons through
 * {@code Comparable.compareTo} (an interface call, a bridge and a cast each) are saved.
 */
final class ObjectSort {
    private ObjectSort() {
    }

    private static final int INSERTION_LIMIT = 32;

    // ---- natural ordering ----

    static void sort(Object[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n <= INSERTION_LIMIT) {
            insertionSort(a, lo, hi);
            return;
        }
        if (sortIntegers(a, lo, hi)) {
            return;
        }
        mergeSort(a, new Object[(n >>> 1) + 1], lo, hi);
    }

    /** Bits of a packed key below the value: the element's offset in the range. */
    private static final int POSITION_BITS = 32;
    private static final long POSITION_MASK = 0xFFFF_FFFFL;
    /** Ranges at least this long are radix-sorted (below, the histograms cost more than they save). */
    private static final int RADIX_MIN_LENGTH = 4096;
    /** Three passes of 11, 11 and 10 bits cover an int. */
    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = 1 << DIGIT_BITS;
    private static final int DIGIT_MASK = DIGITS - 1;
    private static final int PASSES = 3;

    /**
     * Sorts a[lo..hi) stably by value if every element is an Integer (none null) and returns
     * true; returns false, leaving the range untouched, otherwise.
     */
    private static boolean sortIntegers(Object[] a, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (!(a[i] instanceof Integer)) {
                return false;
            }
        }
        int n = hi - lo;
        Object[] boxes = new Object[n];
        System.arraycopy(a, lo, boxes, 0, n);
        if (n >= RADIX_MIN_LENGTH) {
            radixSort(boxes, n);
        } else {
            packedSort(boxes, n);
        }
        System.arraycopy(boxes, 0, a, lo, n);
        return true;
    }

    /**
     * Key i is (value << 32) | i: signed order of the keys is value order, ties broken by
     * original position, which is exactly stability.
     */
    private static void packedSort(Object[] boxes, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) ((Integer) boxes[i]).intValue() << POSITION_BITS) | i;
        }
        PrimitiveSort.sort(keys, 0, n);
        Object[] from = boxes.clone();
        for (int i = 0; i < n; i++) {
            boxes[i] = from[(int) (keys[i] & POSITION_MASK)];
        }
    }

    /**
     * Least-significant-digit radix sort, 11 bits per pass; each pass is a stable scatter,
     * so the whole is stable. The sign bit is flipped so that unsigned digit order is signed
     * value order. A pass whose digit is the same for all keys is skipped.
     */
    private static void radixSort(Object[] boxes, int n) {
        int[] keys = new int[n];
        int[] counts = new int[PASSES * DIGITS];
        for (int i = 0; i < n; i++) {
            int k = ((Integer) boxes[i]).intValue() ^ Integer.MIN_VALUE;
            keys[i] = k;
            // one statement per pass (a loop here costs more than the counting)
            counts[k & DIGIT_MASK]++;
            counts[DIGITS + ((k >>> DIGIT_BITS) & DIGIT_MASK)]++;
            counts[2 * DIGITS + (k >>> (2 * DIGIT_BITS))]++;
        }
        int[] keysTo = new int[n];
        Object[] boxesTo = new Object[n];
        Object[] boxesFrom = boxes;
        for (int p = 0; p < PASSES; p++) {
            int base = p * DIGITS;
            int shift = p * DIGIT_BITS;
            if (counts[base + ((keys[0] >>> shift) & DIGIT_MASK)] == n) {
                continue;
            }
            int sum = 0;
            for (int d = base; d < base + DIGITS; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int k = keys[i];
                int at = counts[base + ((k >>> shift) & DIGIT_MASK)]++;
                keysTo[at] = k;
                boxesTo[at] = boxesFrom[i];
            }
            int[] kt = keys;
            keys = keysTo;
            keysTo = kt;
            Object[] bt = boxesFrom;
            boxesFrom = boxesTo;
            boxesTo = bt;
        }
        if (boxesFrom != boxes) {
            System.arraycopy(boxesFrom, 0, boxes, 0, n);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeSort(Object[] a, Object[] tmp, int lo, int hi) {
        if (hi - lo <= INSERTION_LIMIT) {
            insertionSort(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        if (((Comparable) a[mid - 1]).compareTo(a[mid]) <= 0) {
            return;
        }
        int ln = mid - lo;
        System.arraycopy(a, lo, tmp, 0, ln);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < ln && j < hi) {
            // strictly less from the right half: equal elements keep their order (stability)
            if (((Comparable) a[j]).compareTo(tmp[i]) < 0) {
                a[k++] = a[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < ln) {
            a[k++] = tmp[i++];
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void insertionSort(Object[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            Comparable x = (Comparable) a[i];
            int j = i - 1;
            while (j >= lo && x.compareTo(a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    // ---- comparator ordering ----

    static <T> void sort(T[] a, int lo, int hi, Comparator<? super T> c) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n <= INSERTION_LIMIT) {
            insertionSort(a, lo, hi, c);
            return;
        }
        mergeSort(a, new Object[(n >>> 1) + 1], lo, hi, c);
    }

    @SuppressWarnings("unchecked")
    private static <T> void mergeSort(T[] a, Object[] tmp, int lo, int hi, Comparator<? super T> c) {
        if (hi - lo <= INSERTION_LIMIT) {
            insertionSort(a, lo, hi, c);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        int ln = mid - lo;
        System.arraycopy(a, lo, tmp, 0, ln);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < ln && j < hi) {
            if (c.compare(a[j], (T) tmp[i]) < 0) {
                a[k++] = a[j++];
            } else {
                a[k++] = (T) tmp[i++];
            }
        }
        while (i < ln) {
            a[k++] = (T) tmp[i++];
        }
    }

    private static <T> void insertionSort(T[] a, int lo, int hi, Comparator<? super T> c) {
        for (int i = lo + 1; i < hi; i++) {
            T x = a[i];
            int j = i - 1;
            while (j >= lo && c.compare(x, a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}

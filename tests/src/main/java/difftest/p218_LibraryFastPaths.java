package difftest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Library fast paths against the JVM: the sort of boxed Integers (stability by identity,
 * extremes, ranges, nulls and mixed types falling back), short appends to a StringBuilder,
 * ArrayList growth, Math.floor/ceil/min/max on the edge values.
 */
public class p218_LibraryFastPaths {
    public static void main(String[] args) {
        sortIntegers();
        sortFallbacks();
        appends();
        listGrowth();
        rounding();
        minMax();
    }

    /** Sorts boxes made fresh (outside the cache, so equal values are distinct objects). */
    static void sortIntegers() {
        int[] sizes = {0, 1, 2, 31, 32, 33, 100, 1000, 4095, 4096, 6000};
        long seed = 12345;
        for (int n : sizes) {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int v;
                switch ((int) ((seed >>> 60) & 7)) {
                    case 0: v = Integer.MIN_VALUE; break;
                    case 1: v = Integer.MAX_VALUE; break;
                    case 2: v = -1; break;
                    case 3: v = 1000; break;
                    default: v = (int) (seed >> 40) % 50; break;
                }
                list.add(new Integer(v));
            }
            List<Integer> original = new ArrayList<>(list);
            Collections.sort(list);
            printOrder("list " + n, list, original);
        }
        // a range of an array; the rest must stay where it was
        Integer[] a = new Integer[60];
        for (int i = 0; i < a.length; i++) {
            a[i] = new Integer((i * 7919) % 13 - 6);
        }
        Integer[] before = a.clone();
        Arrays.sort(a, 10, 50);
        printOrder("range", Arrays.asList(a), Arrays.asList(before));
        // natural order through a null comparator, descending and ascending runs
        Integer[] b = new Integer[40];
        for (int i = 0; i < b.length; i++) {
            b[i] = new Integer(i < 20 ? 100 - i : i);
        }
        Integer[] bBefore = b.clone();
        Arrays.sort(b, null);
        printOrder("null comparator", Arrays.asList(b), Arrays.asList(bBefore));
    }

    /** Prints values and, for each element, the position of that very object before sorting. */
    static void printOrder(String label, List<Integer> sorted, List<Integer> original) {
        StringBuilder sb = new StringBuilder(label).append(':');
        Object[] before = original.toArray();
        long digest = 0;
        for (Integer x : sorted) {
            int f = -1;
            for (int j = 0; j < before.length; j++) {
                if (before[j] == x) {
                    f = j;
                    break;
                }
            }
            if (sorted.size() <= 100) {
                sb.append(' ').append(x).append('@').append(f);
            }
            digest = digest * 31 + (x == null ? 7 : x);
            digest = digest * 31 + f;
        }
        System.out.println(sb.append(" digest ").append(digest));
    }

    static void sortFallbacks() {
        List<Object> mixed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            mixed.add(i % 5 == 0 ? (Object) Long.valueOf(i) : (Object) Integer.valueOf(i));
        }
        try {
            Collections.sort((List) mixed);
            System.out.println("mixed sorted");
        } catch (ClassCastException e) {
            System.out.println("mixed: ClassCastException");
        }
        List<Integer> withNull = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            withNull.add(i == 17 ? null : Integer.valueOf(40 - i));
        }
        try {
            Collections.sort(withNull);
            System.out.println("null sorted");
        } catch (NullPointerException e) {
            System.out.println("null: NullPointerException");
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            strings.add("s" + ((i * 31) % 17));
        }
        Collections.sort(strings);
        System.out.println(strings);
    }

    static void appends() {
        StringBuilder sb = new StringBuilder(2);
        String[] parts = {"", "a", "bc", "def", "ghij", "klmno", "pqrstu", "vwxyzAB", "CDEFGHIJ", "KLMNOPQRS", null};
        for (int r = 0; r < 3; r++) {
            for (String p : parts) {
                sb.append(p).append('|');
            }
        }
        sb.append(Integer.MIN_VALUE).append(' ').append(Integer.MAX_VALUE).append(' ').append(-7).append(' ').append(0);
        System.out.println(sb.length() + " " + sb);
        System.out.println(sb.indexOf("CDEFGHIJ") + " " + sb.toString().indexOf("null|", 40) + " " + sb.toString().hashCode());
    }

    static void listGrowth() {
        ArrayList<Integer> l = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            l.add(i);
        }
        ArrayList<Integer> sized = new ArrayList<>(0);
        for (int i = 0; i < 20; i++) {
            sized.add(0, i);
        }
        ArrayList<Integer> copy = new ArrayList<>(List.of(1, 2, 3));
        copy.add(4);
        l.remove(50);
        l.add(null);
        System.out.println(l.size() + " " + l.get(99) + " " + l.get(50) + " " + sized + " " + copy);
        Object[] arr = l.toArray();
        System.out.println(arr.getClass().getSimpleName() + " " + arr.length);
    }

    static void rounding() {
        double[] xs = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.7, -2.7, 1e-300, -1e-300,
            4503599627370495.5, -4503599627370495.5, 4503599627370496.0, -4503599627370497.0,
            9.2e18, -9.3e18, 1e300, -1e300, Double.MAX_VALUE, -Double.MIN_VALUE, Double.MIN_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.9999999999999999, -0.9999999999999999};
        StringBuilder sb = new StringBuilder();
        for (double x : xs) {
            sb.append(x).append(": ").append(Math.floor(x)).append(' ').append(Math.ceil(x))
                .append(' ').append(StrictMath.floor(x)).append(' ').append(StrictMath.ceil(x)).append('\n');
        }
        System.out.print(sb);
    }

    static void minMax() {
        double[] ds = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY};
        StringBuilder sb = new StringBuilder();
        for (double a : ds) {
            for (double b : ds) {
                sb.append(Math.min(a, b)).append(' ').append(Math.max(a, b)).append(' ')
                    .append(Math.min((float) a, (float) b)).append(' ').append(Math.max((float) a, (float) b)).append(';');
            }
            sb.append('\n');
        }
        System.out.print(sb);
    }
}

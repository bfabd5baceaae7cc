package os2.kernel.test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import os2.rt.Gc;

/** Self tests of the compiled runtime inside the kernel: heap, collections, exceptions, SSE. */
final class RuntimeSelfTests {
    private RuntimeSelfTests() {
    }

    static void register() {
        SelfTests.register("heap-churn", true, RuntimeSelfTests::heapChurn);
        SelfTests.register("collections", true, RuntimeSelfTests::collections);
        SelfTests.register("exceptions", true, RuntimeSelfTests::exceptions);
        SelfTests.register("floating-point", true, RuntimeSelfTests::floatingPoint);
    }

    /** Allocates far more than the early heap holds: only works if the collector reclaims. */
    static void heapChurn() {
        long[] before = new long[5];
        Gc.stats(before);
        long keep = 0;
        for (int round = 0; round < 400; round++) {
            byte[] chunk = new byte[64 * 1024];
            chunk[round % chunk.length] = (byte) round;
            keep += chunk.length;
        }
        Gc.collect();
        long[] after = new long[5];
        Gc.stats(after);
        Check.equal(400L * 64 * 1024, keep, "bytes allocated");
        Check.that(after[3] > before[3], "collections ran (" + before[3] + " -> " + after[3] + ")");
        Check.that(after[0] >= 4L << 20, "heap holds most of the 8 MiB early region, has " + after[0]);
        Check.that(after[2] < after[0], "live bytes below heap size");
    }

    static void collections() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            list.add(i);
        }
        long sum = 0;
        for (int v : list) {
            sum += v;
        }
        Check.equal(19_999L * 20_000 / 2, sum, "list sum");
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            map.put("k" + i, i);
        }
        Check.equal(5_000, map.size(), "map size");
        Check.equal(Integer.valueOf(4_321), map.get("k4321"), "map get");
        map.remove("k4321");
        Check.that(!map.containsKey("k4321"), "map remove");
    }

    static void exceptions() {
        int[] a = new int[3];
        try {
            a[index()] = 1;
            Check.fail("no exception for a[5]");
        } catch (ArrayIndexOutOfBoundsException e) {
            Check.equal("Index 5 out of bounds for length 3", e.getMessage(), "index message");
        }
        try {
            Check.equal(0, 10 / zero(), "unreachable");
            Check.fail("no exception for / 0");
        } catch (ArithmeticException e) {
            Check.equal("/ by zero", e.getMessage(), "division message");
        }
        Object o = null;
        try {
            o.hashCode();
            Check.fail("no exception for null.hashCode()");
        } catch (NullPointerException e) {
            // expected
        }
    }

    static void floatingPoint() {
        double d = 0.1 + 0.2;
        Check.that(d != 0.3 && Math.abs(d - 0.3) < 1e-15, "0.1 + 0.2");
        Check.that(Math.abs(Math.sqrt(2.0) * Math.sqrt(2.0) - 2.0) < 1e-12, "sqrt");
        float f = 1.0f / 3.0f;
        Check.that(f * 3.0f == 1.0f, "float division");
        Check.equal(2147483647, (int) 1e20, "saturating conversion");
    }

    private static int index() {
        return 5;
    }

    private static int zero() {
        return 0;
    }
}

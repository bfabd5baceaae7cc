package os2.kernel.mem;

import os2.kernel.console.Console;
import os2.rt.Gc;

/**
 * A debug tool: the kernel heap's live objects and bytes by class, printed on the
 * console. With the {@code heapcensus} flag on the kernel command line, every
 * {@code SYS_INFO} call (which collects so its heap figure is exact) prints one, so two
 * of them (before and after a run: {@code fuzz.c} takes its figures that way) can be
 * diffed to name the objects a difference is made of. The lines are
 * {@code heapcensus: CLASS OBJECTS BYTES} (arrays: {@code CLASS/SIZE}, one line per block
 * size, so a table that grew shows as an array moving to a larger size), sorted, after a
 * header with the total; {@code null} is a block without a class.
 */
public final class HeapCensus {
    /** Distinct entries recorded: the kernel has a few hundred classes and array sizes live. */
    private static final int MAX_ENTRIES = 1024;

    private static Object[] classes;
    private static long[] sizes;
    private static long[] counts;
    private static long[] bytes;

    private HeapCensus() {
    }

    /** Turns the census on (allocates its tables once, so taking one allocates nothing). */
    public static void enable() {
        classes = new Object[MAX_ENTRIES];
        sizes = new long[MAX_ENTRIES];
        counts = new long[MAX_ENTRIES];
        bytes = new long[MAX_ENTRIES];
    }

    /** Whether the flag was given. */
    public static boolean enabled() {
        return classes != null;
    }

    /**
     * Takes and prints a census. Must be called right after a collection with no
     * allocation in between (the census counts every block that is not free). Its own
     * four tables are in it (constant sizes). waiting: the SYS_INFO calls it answers, for
     * the header (sched.ExactCollection).
     */
    public static void printAfterCollection(int waiting) {
        int n = Gc.census(classes, sizes, counts, bytes, MAX_ENTRIES);
        int kept = Math.min(n, MAX_ENTRIES);
        String[] names = new String[kept];
        int[] order = new int[kept];
        long total = 0;
        long objects = 0;
        for (int i = 0; i < kept; i++) {
            String name = classes[i] == null ? "null" : ((Class<?>) classes[i]).getName();
            names[i] = sizes[i] == 0 ? name : name + "/" + sizes[i];
            total += bytes[i];
            objects += counts[i];
            int j = i;   // insertion sort by name: a few hundred entries, once per call
            while (j > 0 && names[order[j - 1]].compareTo(names[i]) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        Console.println("heapcensus: begin (exact collection, " + waiting + " waiting): " + total + " B in " + objects
                + " objects" + (n > kept ? " (more entries than " + kept + ": not all recorded)" : ""));
        for (int k = 0; k < kept; k++) {
            int i = order[k];
            Console.println("heapcensus: " + names[i] + " " + counts[i] + " " + bytes[i]);
        }
        Console.println("heapcensus: end");
    }
}

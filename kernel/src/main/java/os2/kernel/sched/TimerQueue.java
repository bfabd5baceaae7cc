package os2.kernel.sched;

/**
 * Continuations waiting for a deadline: a binary min-heap on (deadline, arrival), so
 * adding and taking the earliest are O(log n) and equal deadlines keep FIFO order.
 */
public final class TimerQueue {
    /** The shortest length of the arrays. */
    static final int MIN_LENGTH = 16;

    private long[] deadlines = new long[MIN_LENGTH];
    private long[] order = new long[MIN_LENGTH];
    private Continuation[] items = new Continuation[MIN_LENGTH];
    private int size;
    private long arrivals;

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** The length of the arrays (tests: trim gives back what a burst took). */
    int capacity() {
        return items.length;
    }

    /** The earliest deadline; only when not empty. */
    public long earliest() {
        return deadlines[0];
    }

    public void add(long deadline, Continuation c) {
        if (size == items.length) {
            deadlines = java.util.Arrays.copyOf(deadlines, size * 2);
            order = java.util.Arrays.copyOf(order, size * 2);
            items = java.util.Arrays.copyOf(items, size * 2);
        }
        int i = size++;
        set(i, deadline, arrivals++, c);
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!less(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    /**
     * Shrinks the arrays to the length the entries need: the smallest power of two above
     * the size, at least {@link #MIN_LENGTH}. After a burst of timers the queue then holds
     * what its entries need, not the most it ever held (Scheduler.trim, when idle).
     */
    public void trim() {
        int want = Math.max(MIN_LENGTH, Integer.highestOneBit(size) << 1);
        if (items.length > want) {
            deadlines = java.util.Arrays.copyOf(deadlines, want);
            order = java.util.Arrays.copyOf(order, want);
            items = java.util.Arrays.copyOf(items, want);
        }
    }

    /** Removes and returns the continuation with the earliest deadline. */
    public Continuation poll() {
        Continuation top = items[0];
        removeAt(0);
        return top;
    }

    /** Removes c (by identity) if it is queued; true if it was. O(n): queues are short. */
    public boolean remove(Continuation c) {
        for (int i = 0; i < size; i++) {
            if (items[i] == c) {
                removeAt(i);
                return true;
            }
        }
        return false;
    }

    /** Moves the last entry into slot i and restores the heap order around it. */
    private void removeAt(int i) {
        size--;
        set(i, deadlines[size], order[size], items[size]);
        items[size] = null;
        if (i == size) {
            return;
        }
        while (i > 0 && less(i, (i - 1) / 2)) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && less(l, m)) {
                m = l;
            }
            if (r < size && less(r, m)) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(i, m);
            i = m;
        }
    }

    private boolean less(int a, int b) {
        return deadlines[a] < deadlines[b] || (deadlines[a] == deadlines[b] && order[a] < order[b]);
    }

    private void set(int i, long d, long o, Continuation c) {
        deadlines[i] = d;
        order[i] = o;
        items[i] = c;
    }

    private void swap(int a, int b) {
        long d = deadlines[a];
        long o = order[a];
        Continuation c = items[a];
        set(a, deadlines[b], order[b], items[b]);
        set(b, d, o, c);
    }
}

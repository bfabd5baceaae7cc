package os2.kernel.cap;

import os2.kernel.mem.HeapReserve;

/**
 * The capabilities one task holds, by 128-bit handle. Handles are drawn from
 * {@link Entropy}; a colliding draw is drawn again (a fresh value, never a retry of the
 * same one). The table is open addressing with linear probing on the low word (random,
 * so it is its own hash) and backward-shift deletion: lookup is O(1) expected, with no
 * allocation and no boxing. A handle means nothing in any other table.
 */
public final class CapTable {
    private static final int MIN_CAPACITY = 16;
    /** Most capabilities one task may hold (E_NOMEM beyond). */
    public static final int LIMIT = 1 << 16;
    /** Heap bytes a slot takes: its low and high words and its reference. */
    private static final long GROW_BYTES_PER_SLOT = 8 + 8 + 8;

    private long[] los = new long[MIN_CAPACITY];
    private long[] his = new long[MIN_CAPACITY];
    private Capability[] caps = new Capability[MIN_CAPACITY];
    private int size;
    /** The task (or test) this table belongs to. */
    public final Object owner;

    public CapTable(Object owner) {
        this.owner = owner;
    }

    /**
     * Puts c (held by no one) in this table under a fresh handle; false if the table is
     * full, or has to grow and the kernel heap has no room for it. The handle is then c.handleLo()/handleHi().
     */
    public boolean insert(Capability c) {
        if (c.holder != null || c.isDead()) {
            throw new IllegalStateException("capability already held or dead: " + c);
        }
        if (size >= LIMIT) {
            return false;
        }
        if ((size + 1) * 4 > caps.length * 3) {
            // the three arrays doubled, the old ones alive while they are copied: at the
            // limit 3 MiB at once, more than the reserve every call has (HeapReserve)
            if (!HeapReserve.ensure(GROW_BYTES_PER_SLOT * 2L * caps.length) || !grow()) {
                return false;
            }
        }
        long lo;
        long hi;
        do {
            lo = Entropy.next();
            hi = Entropy.next();
        } while ((lo | hi) == 0 || find(lo, hi) >= 0);
        place(lo, hi, c);
        c.holder = this;
        c.lo = lo;
        c.hi = hi;
        size++;
        return true;
    }

    /** The capability behind (lo, hi) in this table, or null. */
    public Capability get(long lo, long hi) {
        int i = find(lo, hi);
        return i < 0 ? null : caps[i];
    }

    /** Takes c out of this table (the handle dies); c keeps its place in the tree. */
    void remove(Capability c) {
        int i = find(c.lo, c.hi);
        if (i < 0 || caps[i] != c) {
            return;
        }
        size--;
        // Backward-shift deletion: later entries of the same probe run move up.
        int mask = caps.length - 1;
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (caps[j] == null) {
                break;
            }
            int home = (int) los[j] & mask;
            boolean between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
            if (!between) {
                los[hole] = los[j];
                his[hole] = his[j];
                caps[hole] = caps[j];
                hole = j;
            }
        }
        caps[hole] = null;
        los[hole] = 0;
        his[hole] = 0;
        c.lo = 0;
        c.hi = 0;
    }

    /** Moves c out of this table into flight (SEND, groups): the handle dies, c lives. */
    public void detach(Capability c) {
        remove(c);
        c.holder = null;
    }

    public int size() {
        return size;
    }

    /** The i-th slot's capability or null (for walking the table: ps, caps, release). */
    public Capability slot(int i) {
        return caps[i];
    }

    public int capacity() {
        return caps.length;
    }

    /** Closes every capability held (task end). */
    public void closeAll() {
        // Closing one may remove others (its descendants held here) and shifts entries
        // around: sweep until the table is empty.
        while (size > 0) {
            for (int i = 0; i < caps.length; i++) {
                if (caps[i] != null) {
                    caps[i].close();
                }
            }
        }
    }

    private int find(long lo, long hi) {
        int mask = caps.length - 1;
        for (int i = (int) lo & mask; caps[i] != null; i = (i + 1) & mask) {
            if (los[i] == lo && his[i] == hi) {
                return i;
            }
        }
        return -1;
    }

    private void place(long lo, long hi, Capability c) {
        int mask = caps.length - 1;
        int i = (int) lo & mask;
        while (caps[i] != null) {
            i = (i + 1) & mask;
        }
        los[i] = lo;
        his[i] = hi;
        caps[i] = c;
    }

    /**
     * Doubles the table; false (the table as it was) when the heap has no room for the new
     * arrays. Free bytes enough are not room enough: the collector does not move objects,
     * so a heap full of small ones may have no 1 MiB in one piece; a fresh heap region has.
     */
    private boolean grow() {
        long[] ol = los;
        long[] oh = his;
        Capability[] oc = caps;
        int n = oc.length * 2;
        long[] nl;
        long[] nh;
        Capability[] nc;
        try {
            nl = new long[n];
            nh = new long[n];
            nc = new Capability[n];
        } catch (OutOfMemoryError e) {
            if (!HeapReserve.growFor(GROW_BYTES_PER_SLOT * n)) {
                return false;
            }
            try {
                nl = new long[n];
                nh = new long[n];
                nc = new Capability[n];
            } catch (OutOfMemoryError again) {
                return false;
            }
        }
        los = nl;
        his = nh;
        caps = nc;
        for (int i = 0; i < oc.length; i++) {
            if (oc[i] != null) {
                place(ol[i], oh[i], oc[i]);
            }
        }
        return true;
    }
}

package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An unbounded priority queue: a binary min-heap in an array (children of k at 2k+1, 2k+2).
 * Iteration and toString follow the array, so they match the JDK only because insertion
 * (sift up), removal (last element sifted down, then up), construction from a collection
 * (bottom-up heapify) and bulk removal (compact, then heapify) place elements the same way.
 */
public class PriorityQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
    private static final int DEFAULT_INITIAL_CAPACITY = 11;

    transient Object[] queue;
    int size;
    private final Comparator<? super E> comparator;
    transient int modCount;

    public PriorityQueue() {
        this(DEFAULT_INITIAL_CAPACITY, null);
    }

    public PriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityQueue(Comparator<? super E> comparator) {
        this(DEFAULT_INITIAL_CAPACITY, comparator);
    }

    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    /** A sorted set or priority queue keeps its comparator and order; anything else is heapified. */
    @SuppressWarnings("unchecked")
    public PriorityQueue(Collection<? extends E> c) {
        if (c instanceof SortedSet<?>) {
            comparator = (Comparator<? super E>) ((SortedSet<? extends E>) c).comparator();
            initElements(c);
        } else if (c instanceof PriorityQueue<?>) {
            PriorityQueue<? extends E> pq = (PriorityQueue<? extends E>) c;
            comparator = (Comparator<? super E>) pq.comparator();
            if (pq.getClass() == PriorityQueue.class) {
                initElements(pq);
            } else {
                initElements(c);
                heapify();
            }
        } else {
            comparator = null;
            initElements(c);
            heapify();
        }
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(PriorityQueue<? extends E> c) {
        comparator = (Comparator<? super E>) c.comparator();
        initElements(c);
        if (c.getClass() != PriorityQueue.class) {
            heapify();
        }
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(SortedSet<? extends E> c) {
        comparator = (Comparator<? super E>) c.comparator();
        initElements(c);
    }

    private void initElements(Collection<? extends E> c) {
        Object[] es = c.toArray();
        int len = es.length;
        if (es.getClass() != Object[].class) {
            es = Arrays.copyOf(es, len, Object[].class);
        }
        if (len == 1 || comparator != null) {
            for (Object e : es) {
                if (e == null) {
                    throw new NullPointerException();
                }
            }
        }
        queue = (len == 0) ? new Object[1] : es;
        size = len;
    }

    private void grow(int minCapacity) {
        int old = queue.length;
        int cap = old + ((old < 64) ? (old + 2) : (old >> 1));
        if (cap < minCapacity || cap < 0) {
            cap = minCapacity;
        }
        queue = Arrays.copyOf(queue, cap);
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        modCount++;
        int i = size;
        if (i >= queue.length) {
            grow(i + 1);
        }
        siftUp(i, e);
        size = i + 1;
        return true;
    }

    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) queue[0];
    }

    private int indexOf(Object o) {
        if (o != null) {
            Object[] es = queue;
            for (int i = 0, n = size; i < n; i++) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i == -1) {
            return false;
        }
        removeAt(i);
        return true;
    }

    /** Removes the element identical to o (used by the iterator). */
    void removeEq(Object o) {
        Object[] es = queue;
        for (int i = 0, n = size; i < n; i++) {
            if (o == es[i]) {
                removeAt(i);
                break;
            }
        }
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public Object[] toArray() {
        return Arrays.copyOf(queue, size);
    }

    public <T> T[] toArray(T[] a) {
        return CollSupport.toArray(queue, size, a);
    }

    public Iterator<E> iterator() {
        return new Itr();
    }

    /**
     * Array-order iterator. Removing through it can move the heap's last element into a slot
     * the iterator has passed; such elements are remembered and returned at the end.
     */
    private final class Itr implements Iterator<E> {
        private int cursor;
        private int lastRet = -1;
        private ArrayDeque<E> forgetMeNot;
        private E lastRetElt;
        private int expectedModCount = modCount;

        public boolean hasNext() {
            return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (cursor < size) {
                return (E) queue[lastRet = cursor++];
            }
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) {
                    return lastRetElt;
                }
            }
            throw new NoSuchElementException();
        }

        public void remove() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (lastRet != -1) {
                E moved = PriorityQueue.this.removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) {
                        forgetMeNot = new ArrayDeque<>();
                    }
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                PriorityQueue.this.removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }

    public int size() {
        return size;
    }

    public void clear() {
        modCount++;
        Object[] es = queue;
        for (int i = 0, n = size; i < n; i++) {
            es[i] = null;
        }
        size = 0;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        Object[] es = queue;
        E result = (E) es[0];
        if (result != null) {
            modCount++;
            int n = --size;
            E x = (E) es[n];
            es[n] = null;
            if (n > 0) {
                siftDown(0, x, n);
            }
        }
        return result;
    }

    /**
     * Removes the element at i: the last element takes its place and sifts down, or up if it
     * cannot go down. Returns that moved element if it ended up before i (so an iterator
     * that already passed i would miss it), else null.
     */
    @SuppressWarnings("unchecked")
    E removeAt(int i) {
        Object[] es = queue;
        modCount++;
        int s = --size;
        if (s == i) {
            es[i] = null;
        } else {
            E moved = (E) es[s];
            es[s] = null;
            siftDown(i, moved, s);
            if (es[i] == moved) {
                siftUp(i, moved);
                if (es[i] != moved) {
                    return moved;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void siftUp(int k, E x) {
        Object[] es = queue;
        Comparator<? super E> cmp = comparator;
        if (cmp == null) {
            Comparable<? super E> key = (Comparable<? super E>) x;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                Object e = es[parent];
                if (key.compareTo((E) e) >= 0) {
                    break;
                }
                es[k] = e;
                k = parent;
            }
            es[k] = key;
        } else {
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                Object e = es[parent];
                if (cmp.compare(x, (E) e) >= 0) {
                    break;
                }
                es[k] = e;
                k = parent;
            }
            es[k] = x;
        }
    }

    /** Sifts x down from k in a heap of n elements; ties keep the parent (the smaller child wins only if strictly smaller). */
    @SuppressWarnings("unchecked")
    private void siftDown(int k, E x, int n) {
        Object[] es = queue;
        Comparator<? super E> cmp = comparator;
        int half = n >>> 1;
        if (cmp == null) {
            Comparable<? super E> key = (Comparable<? super E>) x;
            while (k < half) {
                int child = (k << 1) + 1;
                Object c = es[child];
                int right = child + 1;
                if (right < n && ((Comparable<? super E>) c).compareTo((E) es[right]) > 0) {
                    c = es[child = right];
                }
                if (key.compareTo((E) c) <= 0) {
                    break;
                }
                es[k] = c;
                k = child;
            }
            es[k] = key;
        } else {
            while (k < half) {
                int child = (k << 1) + 1;
                Object c = es[child];
                int right = child + 1;
                if (right < n && cmp.compare((E) c, (E) es[right]) > 0) {
                    c = es[child = right];
                }
                if (cmp.compare(x, (E) c) <= 0) {
                    break;
                }
                es[k] = c;
                k = child;
            }
            es[k] = x;
        }
    }

    /** Bottom-up heap construction over the whole array. */
    @SuppressWarnings("unchecked")
    private void heapify() {
        Object[] es = queue;
        int n = size;
        for (int i = (n >>> 1) - 1; i >= 0; i--) {
            siftDown(i, (E) es[i], n);
        }
    }

    public Comparator<? super E> comparator() {
        return comparator;
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        Object[] es = queue;
        for (int i = 0, n = size; i < n; i++) {
            action.accept((E) es[i]);
        }
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter, null, false);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(null, c, true);
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(null, c, false);
    }

    /**
     * Removes the elements matching the filter (or whose membership in c equals removeIfIn),
     * keeping the survivors' array order, then re-heapifies, as the JDK does.
     */
    @SuppressWarnings("unchecked")
    private boolean bulkRemove(Predicate<? super E> filter, Collection<?> c, boolean removeIfIn) {
        int expected = modCount;
        Object[] es = queue;
        int n = size;
        boolean[] dead = null;
        for (int i = 0; i < n; i++) {
            E e = (E) es[i];
            boolean kill = (filter != null) ? filter.test(e) : (c.contains(e) == removeIfIn);
            if (kill) {
                if (dead == null) {
                    dead = new boolean[n];
                }
                dead[i] = true;
            }
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        if (dead == null) {
            return false;
        }
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (!dead[i]) {
                es[w++] = es[i];
            }
        }
        for (int i = w; i < n; i++) {
            es[i] = null;
        }
        size = w;
        modCount++;
        heapify();
        return true;
    }
}

package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A resizable circular-array deque; null elements are rejected. The capacity is a power of
 * two (indexes wrap with a mask) with one slot always free, so head == tail means empty.
 * Iterators snapshot the element count, like the JDK's: elements added during iteration are
 * not visited, and a slot emptied behind the iterator's back gives ConcurrentModificationException.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    /** Index of the first element. */
    transient int head;
    /** Index after the last element. */
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[capacityFor(numElements)];
    }

    public ArrayDeque(Collection<? extends E> c) {
        elements = new Object[capacityFor(c.size())];
        for (E e : c) {
            addLast(e);
        }
    }

    /** The smallest power of two > n (one slot stays free), at least 8. */
    private static int capacityFor(int n) {
        if (n < 8) {
            return 8;
        }
        if (n >= (1 << 30)) {
            return 1 << 30;
        }
        return Integer.highestOneBit(n) << 1;
    }

    private void doubleCapacity() {
        Object[] old = elements;
        int n = old.length;
        int r = n - head;
        if (n >= (1 << 30)) {
            throw new IllegalStateException("Sorry, deque too big");
        }
        Object[] a = new Object[n << 1];
        System.arraycopy(old, head, a, 0, r);
        System.arraycopy(old, 0, a, r, head);
        elements = a;
        head = 0;
        tail = n;
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        int h = (head - 1) & (es.length - 1);
        es[h] = e;
        head = h;
        if (h == tail) {
            doubleCapacity();
        }
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        int t = tail;
        es[t] = e;
        tail = t = (t + 1) & (es.length - 1);
        if (t == head) {
            doubleCapacity();
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) {
            addLast(e);
            modified = true;
        }
        return modified;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = (E) es[h];
        if (e != null) {
            es[h] = null;
            head = (h + 1) & (es.length - 1);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        Object[] es = elements;
        int t = (tail - 1) & (es.length - 1);
        E e = (E) es[t];
        if (e != null) {
            es[t] = null;
            tail = t;
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getFirst() {
        E e = (E) elements[head];
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getLast() {
        Object[] es = elements;
        E e = (E) es[(tail - 1) & (es.length - 1)];
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        Object[] es = elements;
        return (E) es[(tail - 1) & (es.length - 1)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            int mask = es.length - 1;
            for (int i = head; i != tail; i = (i + 1) & mask) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            int mask = es.length - 1;
            for (int i = (tail - 1) & mask; i != ((head - 1) & mask); i = (i - 1) & mask) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element at index i by shifting the shorter side over it.
     * Returns true if the elements after i moved one step towards the head.
     */
    boolean delete(int i) {
        Object[] es = elements;
        int mask = es.length - 1;
        int h = head;
        int t = tail;
        int front = (i - h) & mask;
        int back = (t - i - 1) & mask;
        if (front < back) {
            for (int j = i; j != h; ) {
                int p = (j - 1) & mask;
                es[j] = es[p];
                j = p;
            }
            es[h] = null;
            head = (h + 1) & mask;
            return false;
        }
        for (int j = i; ; ) {
            int nx = (j + 1) & mask;
            if (nx == t) {
                es[j] = null;
                break;
            }
            es[j] = es[nx];
            j = nx;
        }
        tail = (t - 1) & mask;
        return true;
    }

    public int size() {
        return (tail - head) & (elements.length - 1);
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private final class DeqIterator implements Iterator<E> {
        private final boolean descending;
        private int cursor;
        private int remaining;
        private int lastRet = -1;

        DeqIterator(boolean descending) {
            this.descending = descending;
            Object[] es = elements;
            cursor = descending ? (tail - 1) & (es.length - 1) : head;
            remaining = size();
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = (E) es[cursor];
            if (e == null) {
                throw new ConcurrentModificationException();
            }
            lastRet = cursor;
            cursor = (descending ? cursor - 1 : cursor + 1) & (es.length - 1);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            boolean tailMoved = delete(lastRet);
            // ascending: if the tail side moved towards the head, the next element is now at lastRet;
            // descending: likewise when the head side moved towards the tail
            if (tailMoved != descending) {
                cursor = lastRet;
            }
            lastRet = -1;
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            int mask = es.length - 1;
            for (int i = head; i != tail; i = (i + 1) & mask) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        Object[] es = elements;
        int mask = es.length - 1;
        for (int i = head; i != tail; i = (i + 1) & mask) {
            es[i] = null;
        }
        head = tail = 0;
    }

    public Object[] toArray() {
        int n = size();
        Object[] a = new Object[n];
        copyTo(a, n);
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int n = size();
        if (a.length < n) {
            a = CollSupport.newArray(a, n);
        }
        copyTo(a, n);
        if (a.length > n) {
            a[n] = null;
        }
        return a;
    }

    private void copyTo(Object[] a, int n) {
        Object[] es = elements;
        int h = head;
        int first = Math.min(n, es.length - h);
        System.arraycopy(es, h, a, 0, first);
        System.arraycopy(es, 0, a, first, n - first);
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = elements;
        int mask = es.length - 1;
        for (int i = head; i != tail; i = (i + 1) & mask) {
            action.accept((E) es[i]);
        }
    }

    /** Tests everything first, then compacts in order: a throwing filter changes nothing. */
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        Object[] a = toArray();
        boolean[] dead = new boolean[a.length];
        boolean any = false;
        for (int i = 0; i < a.length; i++) {
            if (filter.test((E) a[i])) {
                dead[i] = true;
                any = true;
            }
        }
        if (any) {
            clear();
            for (int i = 0; i < a.length; i++) {
                if (!dead[i]) {
                    addLast((E) a[i]);
                }
            }
        }
        return any;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}

package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A resizable array list. Capacity grows like the JDK's: an empty list made by the no-arg
 * constructor gets 10 slots on its first add, then grows by half (only performance can tell).
 */
public class ArrayList<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    private static final int DEFAULT_CAPACITY = 10;
    private static final Object[] EMPTY = {};
    /** Marks a list made by ArrayList(): its first growth goes straight to DEFAULT_CAPACITY. */
    private static final Object[] DEFAULT_EMPTY = {};

    transient Object[] elementData;
    private int size;

    public ArrayList(int initialCapacity) {
        if (initialCapacity > 0) {
            elementData = new Object[initialCapacity];
        } else if (initialCapacity == 0) {
            elementData = EMPTY;
        } else {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
    }

    public ArrayList() {
        elementData = DEFAULT_EMPTY;
    }

    public ArrayList(Collection<? extends E> c) {
        Object[] a = c.toArray();
        size = a.length;
        if (size == 0) {
            elementData = EMPTY;
        } else if (c.getClass() == ArrayList.class && a.getClass() == Object[].class) {
            elementData = a;
        } else {
            elementData = Arrays.copyOf(a, size, Object[].class);
        }
    }

    public void trimToSize() {
        modCount++;
        if (size < elementData.length) {
            elementData = (size == 0) ? EMPTY : Arrays.copyOf(elementData, size);
        }
    }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elementData.length && !(elementData == DEFAULT_EMPTY && minCapacity <= DEFAULT_CAPACITY)) {
            modCount++;
            grow(minCapacity);
        }
    }

    private Object[] grow(int minCapacity) {
        int old = elementData.length;
        int cap;
        if (old > 0 || elementData != DEFAULT_EMPTY) {
            cap = old + (old >> 1);
            if (cap - minCapacity < 0) {
                cap = minCapacity;
            }
            if (cap < 0 || cap > Integer.MAX_VALUE - 8) {
                if (minCapacity < 0) {
                    throw new OutOfMemoryError("Required array length too large");
                }
                cap = Math.max(minCapacity, Integer.MAX_VALUE - 8);
            }
        } else {
            cap = Math.max(DEFAULT_CAPACITY, minCapacity);
        }
        // elementData is always exactly an Object[] (see the constructors), so no
        // Arrays.copyOf with its class test; an empty list has nothing to copy
        Object[] a = new Object[cap];
        if (old > 0) {
            System.arraycopy(elementData, 0, a, 0, old);
        }
        return elementData = a;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int indexOf(Object o) {
        Object[] es = elementData;
        int n = size;
        if (o == null) {
            for (int i = 0; i < n; i++) {
                if (es[i] == null) {
                    return i;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = size - 1; i >= 0; i--) {
                if (es[i] == null) {
                    return i;
                }
            }
        } else {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            ArrayList<E> v = (ArrayList<E>) super.clone();
            v.elementData = Arrays.copyOf(elementData, size);
            v.modCount = 0;
            return v;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public Object[] toArray() {
        return Arrays.copyOf(elementData, size);
    }

    public <T> T[] toArray(T[] a) {
        return CollSupport.toArray(elementData, size, a);
    }

    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw CollSupport.outOfBounds(index, size);
        }
        return (E) elementData[index];
    }

    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        if (index < 0 || index >= size) {
            throw CollSupport.outOfBounds(index, size);
        }
        E old = (E) elementData[index];
        elementData[index] = element;
        return old;
    }

    public boolean add(E e) {
        modCount++;
        int s = size;
        Object[] es = elementData;
        if (s == es.length) {
            es = grow(s + 1);
        }
        es[s] = e;
        size = s + 1;
        return true;
    }

    public void add(int index, E element) {
        CollSupport.checkPositionForAdd(index, size);
        modCount++;
        int s = size;
        Object[] es = elementData;
        if (s == es.length) {
            es = grow(s + 1);
        }
        System.arraycopy(es, index, es, index + 1, s - index);
        es[index] = element;
        size = s + 1;
    }

    @SuppressWarnings("unchecked")
    public E remove(int index) {
        if (index < 0 || index >= size) {
            throw CollSupport.outOfBounds(index, size);
        }
        Object[] es = elementData;
        E old = (E) es[index];
        fastRemove(es, index);
        return old;
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        int expected = modCount;
        boolean eq;
        if (o.getClass() == ArrayList.class) {
            ArrayList<?> other = (ArrayList<?>) o;
            int s = size;
            eq = s == other.size;
            Object[] a = elementData;
            Object[] b = other.elementData;
            for (int i = 0; eq && i < s; i++) {
                eq = Objects.equals(a[i], b[i]);
            }
        } else {
            eq = super.equals(o);
        }
        checkForComodification(expected);
        return eq;
    }

    public int hashCode() {
        int expected = modCount;
        Object[] es = elementData;
        int h = 1;
        for (int i = 0, n = size; i < n; i++) {
            Object e = es[i];
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        checkForComodification(expected);
        return h;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        fastRemove(elementData, i);
        return true;
    }

    private void fastRemove(Object[] es, int i) {
        modCount++;
        int newSize = size - 1;
        if (newSize > i) {
            System.arraycopy(es, i + 1, es, i, newSize - i);
        }
        es[size = newSize] = null;
    }

    public void clear() {
        modCount++;
        Object[] es = elementData;
        for (int i = 0, n = size; i < n; i++) {
            es[i] = null;
        }
        size = 0;
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        int n = a.length;
        if (n == 0) {
            return false;
        }
        Object[] es = elementData;
        int s = size;
        if (n > es.length - s) {
            es = grow(s + n);
        }
        System.arraycopy(a, 0, es, s, n);
        size = s + n;
        return true;
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        CollSupport.checkPositionForAdd(index, size);
        Object[] a = c.toArray();
        modCount++;
        int n = a.length;
        if (n == 0) {
            return false;
        }
        Object[] es = elementData;
        int s = size;
        if (n > es.length - s) {
            es = grow(s + n);
        }
        int moved = s - index;
        if (moved > 0) {
            System.arraycopy(es, index, es, index + n, moved);
        }
        System.arraycopy(a, 0, es, index, n);
        size = s + n;
        return true;
    }

    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("From Index: " + fromIndex + " > To Index: " + toIndex);
        }
        modCount++;
        shiftTailOverGap(elementData, fromIndex, toIndex);
    }

    private void shiftTailOverGap(Object[] es, int lo, int hi) {
        System.arraycopy(es, hi, es, lo, size - hi);
        int newSize = size - (hi - lo);
        for (int i = newSize, n = size; i < n; i++) {
            es[i] = null;
        }
        size = newSize;
    }

    public boolean removeAll(Collection<?> c) {
        return batchRemove(c, false);
    }

    public boolean retainAll(Collection<?> c) {
        return batchRemove(c, true);
    }

    /** Keeps the elements whose membership in c equals {@code keep}, compacting in place. */
    private boolean batchRemove(Collection<?> c, boolean keep) {
        Objects.requireNonNull(c);
        Object[] es = elementData;
        int n = size;
        int w = 0;
        int r = 0;
        try {
            for (; r < n; r++) {
                Object e = es[r];
                if (c.contains(e) == keep) {
                    es[w++] = e;
                }
            }
        } finally {
            // if contains() threw, keep the unexamined tail so nothing is lost
            if (r != n) {
                System.arraycopy(es, r, es, w, n - r);
                w += n - r;
            }
            if (w != n) {
                modCount++;
                for (int i = w; i < n; i++) {
                    es[i] = null;
                }
                size = w;
            }
        }
        return w != n;
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        Object[] es = elementData;
        int n = size;
        for (int i = 0; modCount == expected && i < n; i++) {
            action.accept((E) es[i]);
        }
        checkForComodification(expected);
    }

    /** Tests every element first, then compacts: a throwing predicate leaves the list unchanged. */
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        int expected = modCount;
        Object[] es = elementData;
        int n = size;
        boolean[] dead = null;
        for (int i = 0; i < n; i++) {
            if (filter.test((E) es[i])) {
                if (dead == null) {
                    dead = new boolean[n];
                }
                dead[i] = true;
            }
        }
        checkForComodification(expected);
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
        return true;
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        int expected = modCount;
        Object[] es = elementData;
        for (int i = 0, n = size; modCount == expected && i < n; i++) {
            es[i] = operator.apply((E) es[i]);
        }
        checkForComodification(expected);
        modCount++;
    }

    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        int expected = modCount;
        Arrays.sort((E[]) elementData, 0, size, c);
        checkForComodification(expected);
        modCount++;
    }

    private void checkForComodification(int expected) {
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
    }

    public Iterator<E> iterator() {
        return new Itr();
    }

    public ListIterator<E> listIterator() {
        return new ListItr(0);
    }

    public ListIterator<E> listIterator(int index) {
        CollSupport.checkPositionForAdd(index, size);
        return new ListItr(index);
    }

    /** Fail-fast iterator reading the backing array directly. */
    private class Itr implements Iterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = modCount;

        public boolean hasNext() {
            return cursor != size;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            int i = cursor;
            if (i >= size) {
                throw new NoSuchElementException();
            }
            Object[] es = elementData;
            if (i >= es.length) {
                throw new ConcurrentModificationException();
            }
            cursor = i + 1;
            return (E) es[lastRet = i];
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            ArrayList.this.remove(lastRet);
            cursor = lastRet;
            lastRet = -1;
            expectedModCount = modCount;
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int n = size;
            int i = cursor;
            if (i < n) {
                Object[] es = elementData;
                for (; i < n && modCount == expectedModCount; i++) {
                    action.accept((E) es[i]);
                }
                cursor = i;
                lastRet = i - 1;
                if (modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    private class ListItr extends Itr implements ListIterator<E> {
        ListItr(int index) {
            cursor = index;
        }

        public boolean hasPrevious() {
            return cursor != 0;
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        @SuppressWarnings("unchecked")
        public E previous() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            int i = cursor - 1;
            if (i < 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elementData;
            if (i >= es.length) {
                throw new ConcurrentModificationException();
            }
            cursor = i;
            return (E) es[lastRet = i];
        }

        public void set(E e) {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            ArrayList.this.set(lastRet, e);
        }

        public void add(E e) {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            int i = cursor;
            ArrayList.this.add(i, e);
            cursor = i + 1;
            lastRet = -1;
            expectedModCount = modCount;
        }
    }
}

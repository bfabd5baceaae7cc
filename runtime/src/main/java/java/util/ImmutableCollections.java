package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable collections of List.of/Set.of/Map.of and copyOf: null elements, keys and
 * values are rejected with NullPointerException (also as query arguments, like the JDK),
 * duplicates with IllegalArgumentException("duplicate element: x" / "duplicate key: k"), and
 * every mutator throws UnsupportedOperationException. Sets and maps iterate in insertion
 * order (the JDK's order is randomized per run, so any fixed order is conforming).
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- lists ----

    private static final ListN<?> EMPTY_LIST = new ListN<>(new Object[0], false);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    /** Copies the arguments (the varargs array may be the caller's) and checks for nulls. */
    @SafeVarargs
    static <E> List<E> listOf(E... elements) {
        Object[] a = new Object[elements.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Objects.requireNonNull(elements[i]);
        }
        return new ListN<>(a, a.length <= 2);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopyOf(Collection<? extends E> coll) {
        if (coll instanceof ListN) {
            return (List<E>) coll;
        }
        Object[] a = coll.toArray();
        for (Object o : a) {
            Objects.requireNonNull(o);
        }
        return new ListN<>(a.getClass() == Object[].class ? a : Arrays.copyOf(a, a.length, Object[].class), a.length <= 2);
    }

    /** Array-backed unmodifiable list. */
    static final class ListN<E> extends AbstractList<E> implements RandomAccess {
        private final Object[] elements;
        /** One or two elements: the JDK's List12, whose get checks the index itself (its own message). */
        private final boolean small;

        ListN(Object[] elements, boolean small) {
            this.elements = elements;
            this.small = small && elements.length > 0;
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (small && (index < 0 || index >= elements.length)) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            }
            return (E) elements[index];
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            Object[] es = elements;
            for (int i = 0; i < es.length; i++) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            Object[] es = elements;
            for (int i = es.length - 1; i >= 0; i--) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        public <T> T[] toArray(T[] a) {
            return CollSupport.toArray(elements, elements.length, a);
        }

        public boolean add(E e) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }
    }

    // ---- sets ----

    private static final SetN<?> EMPTY_SET = new SetN<>(new Object[0], false);

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    @SafeVarargs
    static <E> Set<E> setOf(E... elements) {
        Object[] a = new Object[elements.length];
        System.arraycopy(elements, 0, a, 0, a.length);
        return new SetN<>(a, false);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopyOf(Collection<? extends E> coll) {
        if (coll instanceof SetN) {
            return (Set<E>) coll;
        }
        return new SetN<>(coll.toArray(), true);
    }

    /**
     * Unmodifiable set: elements in insertion order plus an open-addressing table of
     * indexes into them (linear probing, at most half full) for constant-time contains.
     */
    static final class SetN<E> extends AbstractSet<E> {
        private final Object[] elements;
        private final int[] probe;

        /** With dedup (copyOf), later duplicates are dropped; otherwise they are an error. */
        SetN(Object[] input, boolean dedup) {
            int[] table = new int[Math.max(2, Integer.highestOneBit(Math.max(1, input.length) * 2) * 2)];
            Object[] es = new Object[input.length];
            int n = 0;
            for (Object e : input) {
                Objects.requireNonNull(e);
                int slot = find(es, table, e);
                if (slot < 0) {
                    if (!dedup) {
                        throw new IllegalArgumentException("duplicate element: " + e);
                    }
                    continue;
                }
                es[n] = e;
                table[slot] = ++n;
            }
            elements = n == es.length ? es : Arrays.copyOf(es, n);
            probe = table;
        }

        /** The slot holding e as -(slot + 1), or the free slot where it would go. */
        private static int find(Object[] es, int[] table, Object e) {
            int mask = table.length - 1;
            int h = e.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            for (;;) {
                int idx = table[i];
                if (idx == 0) {
                    return i;
                }
                if (e.equals(es[idx - 1])) {
                    return -(i + 1);
                }
                i = (i + 1) & mask;
            }
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return elements.length > 0 && find(elements, probe, o) < 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i;

                public boolean hasNext() {
                    return i < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }
            };
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        public <T> T[] toArray(T[] a) {
            return CollSupport.toArray(elements, elements.length, a);
        }

        public int hashCode() {
            int h = 0;
            for (Object e : elements) {
                h += e.hashCode();
            }
            return h;
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }
    }

    // ---- maps ----

    private static final MapN<?, ?> EMPTY_MAP = new MapN<>(new Object[0], false);

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    /** keysAndValues alternates k1, v1, k2, v2... */
    static <K, V> Map<K, V> mapOf(Object... keysAndValues) {
        return new MapN<>(keysAndValues, false);
    }

    static <K, V> Map<K, V> mapOfEntries(Map.Entry<? extends K, ? extends V>[] entries) {
        Object[] kv = new Object[entries.length * 2];
        for (int i = 0; i < entries.length; i++) {
            Map.Entry<? extends K, ? extends V> e = entries[i];
            kv[2 * i] = e.getKey();
            kv[2 * i + 1] = e.getValue();
        }
        return new MapN<>(kv, false);
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapCopyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof MapN) {
            return (Map<K, V>) map;
        }
        Object[] kv = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return new MapN<>(kv, true);
    }

    /** Unmodifiable map: SetN's layout with a parallel value array. */
    static final class MapN<K, V> extends AbstractMap<K, V> {
        private final Object[] keys;
        private final Object[] vals;
        private final int[] probe;

        MapN(Object[] kv, boolean allowDuplicates) {
            int n = kv.length / 2;
            int[] table = new int[Math.max(2, Integer.highestOneBit(Math.max(1, n) * 2) * 2)];
            Object[] ks = new Object[n];
            Object[] vs = new Object[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                Object k = Objects.requireNonNull(kv[2 * i]);
                Object v = Objects.requireNonNull(kv[2 * i + 1]);
                int slot = find(ks, table, k);
                if (slot < 0) {
                    if (!allowDuplicates) {
                        throw new IllegalArgumentException("duplicate key: " + k);
                    }
                    continue;
                }
                ks[count] = k;
                vs[count] = v;
                table[slot] = ++count;
            }
            keys = count == n ? ks : Arrays.copyOf(ks, count);
            vals = count == n ? vs : Arrays.copyOf(vs, count);
            probe = table;
        }

        private static int find(Object[] ks, int[] table, Object k) {
            int mask = table.length - 1;
            int h = k.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            for (;;) {
                int idx = table[i];
                if (idx == 0) {
                    return i;
                }
                if (k.equals(ks[idx - 1])) {
                    return -(i + 1);
                }
                i = (i + 1) & mask;
            }
        }

        private int indexOf(Object key) {
            Objects.requireNonNull(key);
            if (keys.length == 0) {
                return -1;
            }
            int slot = find(keys, probe, key);
            return slot < 0 ? probe[-(slot + 1)] - 1 : -1;
        }

        public int size() {
            return keys.length;
        }

        public boolean isEmpty() {
            return keys.length == 0;
        }

        @SuppressWarnings("unchecked")
        public V get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : (V) vals[i];
        }

        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        public boolean containsValue(Object value) {
            Objects.requireNonNull(value);
            for (Object v : vals) {
                if (value.equals(v)) {
                    return true;
                }
            }
            return false;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return keys.length;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int i;

                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int j = i++;
                            return new KeyValueHolder<>((K) keys[j], (V) vals[j]);
                        }
                    };
                }
            };
        }

        public int hashCode() {
            int h = 0;
            for (int i = 0; i < keys.length; i++) {
                h += keys[i].hashCode() ^ vals[i].hashCode();
            }
            return h;
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}

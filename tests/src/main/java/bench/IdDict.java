package bench;

import java.util.function.BiConsumer;

/**
 * An identity-keyed hash dictionary with chained buckets, keyed by the objects'
 * identity hash codes; the benchmarks' own, so its cost is compiled user code.
 */
final class IdDict<K, V> {
    private static final class Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    private Entry<?, ?>[] buckets = new Entry<?, ?>[16];
    private int size;

    int size() {
        return size;
    }

    private static int hash(Object key) {
        int h = System.identityHashCode(key);
        return h ^ (h >>> 16);
    }

    @SuppressWarnings("unchecked")
    V at(K key) {
        int h = hash(key);
        for (Entry<K, V> e = (Entry<K, V>) buckets[h & (buckets.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && e.key == key) {
                return e.value;
            }
        }
        return null;
    }

    boolean containsKey(K key) {
        return at(key) != null;
    }

    @SuppressWarnings("unchecked")
    void atPut(K key, V value) {
        int h = hash(key);
        int i = h & (buckets.length - 1);
        for (Entry<K, V> e = (Entry<K, V>) buckets[i]; e != null; e = e.next) {
            if (e.hash == h && e.key == key) {
                e.value = value;
                return;
            }
        }
        buckets[i] = new Entry<>(h, key, value, (Entry<K, V>) buckets[i]);
        if (++size > buckets.length * 3 / 4) {
            grow();
        }
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        Entry<?, ?>[] old = buckets;
        buckets = new Entry<?, ?>[old.length * 2];
        for (Entry<?, ?> head : old) {
            for (Entry<K, V> e = (Entry<K, V>) head; e != null;) {
                Entry<K, V> next = e.next;
                int i = e.hash & (buckets.length - 1);
                e.next = (Entry<K, V>) buckets[i];
                buckets[i] = e;
                e = next;
            }
        }
    }

    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<? super K, ? super V> fn) {
        for (Entry<?, ?> head : buckets) {
            for (Entry<K, V> e = (Entry<K, V>) head; e != null; e = e.next) {
                fn.accept(e.key, e.value);
            }
        }
    }
}

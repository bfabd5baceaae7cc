package java.util;

/**
 * A live range view of a TreeMap (subMap/headMap/tailMap), optionally in descending order
 * (descendingMap). Bounds are absolute (in the tree's order); the descending flag only flips
 * which end is "first". Changes go through to the backing map; keys outside the range are
 * rejected with IllegalArgumentException("key out of range").
 */
final class NavigableSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
    private final TreeMap<K, V> m;
    private final K lo;
    private final K hi;
    private final boolean fromStart;
    private final boolean toEnd;
    private final boolean loInclusive;
    private final boolean hiInclusive;
    private final boolean descending;
    private transient Set<Map.Entry<K, V>> entrySetView;
    private transient TreeKeySet<K> keySetView;

    NavigableSubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive,
            boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            // type (and null) checks of the bounds, as the JDK makes them
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    // ---- range tests ----

    private boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        return false;
    }

    private boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        return false;
    }

    private boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    private boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    // ---- absolute (tree-order) navigation restricted to the range ----

    private TreeMap.Entry<K, V> absLowest() {
        TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry()
                : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo));
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absHighest() {
        TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry()
                : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi));
        return (e == null || tooLow(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absCeiling(Object key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absHigher(Object key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getHigherEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absFloor(Object key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getFloorEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absLower(Object key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getLowerEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    /** The first entry past the high end (where ascending iteration stops), or null. */
    private TreeMap.Entry<K, V> absHighFence() {
        return toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi));
    }

    private TreeMap.Entry<K, V> absLowFence() {
        return fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo));
    }

    private TreeMap.Entry<K, V> first() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Entry<K, V> last() {
        return descending ? absLowest() : absHighest();
    }

    // ---- Map ----

    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    public V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    public V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    public int size() {
        int n = 0;
        for (Iterator<?> it = iterator(TreeMap.TreeIterator.KEYS, false); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    public boolean isEmpty() {
        return absLowest() == null;
    }

    public Comparator<? super K> comparator() {
        return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
    }

    public K firstKey() {
        return TreeMap.key(first());
    }

    public K lastKey() {
        return TreeMap.key(last());
    }

    public Map.Entry<K, V> firstEntry() {
        return TreeMap.exportEntry(first());
    }

    public Map.Entry<K, V> lastEntry() {
        return TreeMap.exportEntry(last());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        TreeMap.Entry<K, V> e = first();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        TreeMap.Entry<K, V> e = last();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.exportEntry(descending ? absFloor(key) : absCeiling(key));
    }

    public K ceilingKey(K key) {
        return TreeMap.keyOrNull(descending ? absFloor(key) : absCeiling(key));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.exportEntry(descending ? absLower(key) : absHigher(key));
    }

    public K higherKey(K key) {
        return TreeMap.keyOrNull(descending ? absLower(key) : absHigher(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.exportEntry(descending ? absCeiling(key) : absFloor(key));
    }

    public K floorKey(K key) {
        return TreeMap.keyOrNull(descending ? absCeiling(key) : absFloor(key));
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.exportEntry(descending ? absHigher(key) : absLower(key));
    }

    public K lowerKey(K key) {
        return TreeMap.keyOrNull(descending ? absHigher(key) : absLower(key));
    }

    // ---- views ----

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new NavigableSubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
        }
        return new NavigableSubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new NavigableSubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
        }
        return new NavigableSubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (descending) {
            return new NavigableSubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
        }
        return new NavigableSubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public NavigableMap<K, V> descendingMap() {
        return new NavigableSubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
    }

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        TreeKeySet<K> ks = keySetView;
        return (ks != null) ? ks : (keySetView = new TreeKeySet<>(this));
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    /** Iterates the range in this view's order ({@code reverse} flips it, for descending iterators). */
    private <T> Iterator<T> iterator(int kind, boolean reverse) {
        boolean down = descending != reverse;
        if (down) {
            return new TreeMap.TreeIterator<T>(m, absHighest(), absLowFence(), true, kind);
        }
        return new TreeMap.TreeIterator<T>(m, absLowest(), absHighFence(), false, kind);
    }

    Iterator<K> keyIterator() {
        return iterator(TreeMap.TreeIterator.KEYS, false);
    }

    Iterator<K> descendingKeyIterator() {
        return iterator(TreeMap.TreeIterator.KEYS, true);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return NavigableSubMap.this.iterator(TreeMap.TreeIterator.ENTRIES, false);
                }

                public int size() {
                    return NavigableSubMap.this.size();
                }

                public boolean isEmpty() {
                    return NavigableSubMap.this.isEmpty();
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry<?, ?> entry)) {
                        return false;
                    }
                    Object key = entry.getKey();
                    if (!inRange(key)) {
                        return false;
                    }
                    TreeMap.Entry<K, V> node = m.getEntry(key);
                    return node != null && Objects.equals(node.getValue(), entry.getValue());
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry<?, ?> entry)) {
                        return false;
                    }
                    Object key = entry.getKey();
                    if (!inRange(key)) {
                        return false;
                    }
                    TreeMap.Entry<K, V> node = m.getEntry(key);
                    if (node != null && Objects.equals(node.getValue(), entry.getValue())) {
                        m.deleteEntry(node);
                        return true;
                    }
                    return false;
                }
            };
            entrySetView = es;
        }
        return es;
    }
}

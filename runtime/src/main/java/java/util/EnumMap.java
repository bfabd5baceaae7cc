package java.util;

/**
 * A map with enum keys, stored in an array indexed by ordinal (so it iterates in ordinal
 * order). Null keys are rejected; null values are stored as a private marker.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements Cloneable {
    /** Stands for a null value, so that a null slot means "no mapping". */
    private static final Object NULL = new Object();

    private final Class<K> keyType;
    private transient K[] keyUniverse;
    private transient Object[] vals;
    private transient int size = 0;
    private transient Set<Map.Entry<K, V>> entrySetView;

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = universe(keyType);
        vals = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    @SuppressWarnings("unchecked")
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("Specified map is empty");
            }
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = universe(keyType);
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    static <K> K[] universe(Class<K> type) {
        K[] u = type.getEnumConstants();
        if (u == null) {
            throw new ClassCastException(type + " not an enum");
        }
        return u;
    }

    private Object maskNull(Object value) {
        return value == null ? NULL : value;
    }

    @SuppressWarnings("unchecked")
    private V unmaskNull(Object value) {
        return (V) (value == NULL ? null : value);
    }

    private boolean isValidKey(Object key) {
        if (key == null) {
            return false;
        }
        Class<?> keyClass = key.getClass();
        return keyClass == keyType || keyClass.getSuperclass() == keyType;
    }

    private void typeCheck(K key) {
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType) {
            throw new ClassCastException(keyClass + " != " + keyType);
        }
    }

    public int size() {
        return size;
    }

    public boolean containsValue(Object value) {
        Object v = maskNull(value);
        for (Object val : vals) {
            if (v.equals(val)) {
                return true;
            }
        }
        return false;
    }

    public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    public V get(Object key) {
        return isValidKey(key) ? unmaskNull(vals[((Enum<?>) key).ordinal()]) : null;
    }

    public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        Object old = vals[index];
        vals[index] = maskNull(value);
        if (old == null) {
            size++;
        }
        return unmaskNull(old);
    }

    public V remove(Object key) {
        if (!isValidKey(key)) {
            return null;
        }
        int index = ((Enum<?>) key).ordinal();
        Object old = vals[index];
        vals[index] = null;
        if (old != null) {
            size--;
        }
        return unmaskNull(old);
    }

    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new EntryIterator();
                }

                public int size() {
                    return size;
                }

                public boolean contains(Object o) {
                    return o instanceof Map.Entry<?, ?> e && containsKey(e.getKey())
                            && Objects.equals(get(e.getKey()), e.getValue());
                }

                public boolean remove(Object o) {
                    if (contains(o)) {
                        EnumMap.this.remove(((Map.Entry<?, ?>) o).getKey());
                        return true;
                    }
                    return false;
                }

                public void clear() {
                    EnumMap.this.clear();
                }
            };
            entrySetView = es;
        }
        return es;
    }

    /** Walks the ordinal slots; each entry is a live view of its slot. */
    private final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private int index = 0;
        private int lastReturned = -1;

        public boolean hasNext() {
            while (index < vals.length && vals[index] == null) {
                index++;
            }
            return index != vals.length;
        }

        public Map.Entry<K, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = index++;
            int slot = lastReturned;
            return new Map.Entry<K, V>() {
                public K getKey() {
                    return keyUniverse[slot];
                }

                public V getValue() {
                    return unmaskNull(vals[slot]);
                }

                public V setValue(V value) {
                    if (vals[slot] == null) {
                        throw new IllegalStateException("Entry was removed");
                    }
                    V old = unmaskNull(vals[slot]);
                    vals[slot] = maskNull(value);
                    return old;
                }

                public boolean equals(Object o) {
                    return o instanceof Map.Entry<?, ?> e
                            && keyUniverse[slot] == e.getKey() && Objects.equals(getValue(), e.getValue());
                }

                public int hashCode() {
                    return keyUniverse[slot].hashCode() ^ Objects.hashCode(getValue());
                }

                public String toString() {
                    return keyUniverse[slot] + "=" + getValue();
                }
            };
        }

        public void remove() {
            if (lastReturned < 0) {
                throw new IllegalStateException();
            }
            if (vals[lastReturned] != null) {
                vals[lastReturned] = null;
                size--;
            }
            lastReturned = -1;
        }
    }

    public boolean equals(Object o) {
        if (o instanceof EnumMap<?, ?> em && em.keyType == keyType) {
            return size == em.size && Arrays.equals(vals, em.vals);
        }
        return super.equals(o);
    }

    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        EnumMap<K, V> result;
        try {
            result = (EnumMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
        result.vals = result.vals.clone();
        result.entrySetView = null;
        return result;
    }
}

package java.util;

/** EnumSet as a bit vector: bit (ordinal % 64) of word (ordinal / 64). */
final class BitEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long[] words;

    BitEnumSet(Class<E> elementType, E[] universe) {
        super(elementType, universe);
        words = new long[(universe.length + 63) >>> 6];
    }

    void addAll() {
        int n = universe.length;
        for (int i = 0; i < words.length; i++) {
            words[i] = -1L;
        }
        if ((n & 63) != 0) {
            words[words.length - 1] = -1L >>> (64 - (n & 63));
        }
    }

    void addRange(E from, E to) {
        for (int i = from.ordinal(), end = to.ordinal(); i <= end; i++) {
            words[i >>> 6] |= 1L << i;
        }
    }

    void complement() {
        int n = universe.length;
        for (int i = 0; i < words.length; i++) {
            words[i] = ~words[i];
        }
        if ((n & 63) != 0) {
            words[words.length - 1] &= -1L >>> (64 - (n & 63));
        }
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int next = nextSet(0);
            private int lastReturned = -1;

            public boolean hasNext() {
                return next >= 0;
            }

            public E next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                lastReturned = next;
                next = nextSet(next + 1);
                return universe[lastReturned];
            }

            public void remove() {
                if (lastReturned < 0) {
                    throw new IllegalStateException();
                }
                words[lastReturned >>> 6] &= ~(1L << lastReturned);
                lastReturned = -1;
            }
        };
    }

    /** The first ordinal >= from in the set, or -1. */
    private int nextSet(int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return -1;
        }
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    public int size() {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }

    public boolean isEmpty() {
        for (long w : words) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean isMember(Object e) {
        if (e == null) {
            return false;
        }
        Class<?> eClass = e.getClass();
        return eClass == elementType || eClass.getSuperclass() == elementType;
    }

    public boolean contains(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int ord = ((Enum<?>) e).ordinal();
        return (words[ord >>> 6] & (1L << ord)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int ord = e.ordinal();
        long old = words[ord >>> 6];
        words[ord >>> 6] = old | (1L << ord);
        return words[ord >>> 6] != old;
    }

    public boolean remove(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int ord = ((Enum<?>) e).ordinal();
        long old = words[ord >>> 6];
        words[ord >>> 6] = old & ~(1L << ord);
        return words[ord >>> 6] != old;
    }

    public void clear() {
        Arrays.fill(words, 0L);
    }

    public boolean equals(Object o) {
        if (o instanceof BitEnumSet<?> other && other.elementType == elementType) {
            return Arrays.equals(words, other.words);
        }
        return super.equals(o);
    }

    public BitEnumSet<E> clone() {
        BitEnumSet<E> result = (BitEnumSet<E>) super.clone();
        result.words = words.clone();
        return result;
    }
}

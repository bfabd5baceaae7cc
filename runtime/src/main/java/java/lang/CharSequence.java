package java.lang;

/** A readable sequence of chars. */
public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return length() == 0;
    }

    CharSequence subSequence(int start, int end);

    @Override
    String toString();

    /** Lexicographic comparison of two sequences' chars. */
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }

    /** The chars as ints; length() and charAt are read while the stream runs (late binding). */
    default java.util.stream.IntStream chars() {
        return java.util.stream.Streams.ofChars(new java.util.PrimitiveIterator.OfInt() {
            private int i;

            public boolean hasNext() {
                return i < length();
            }

            public int nextInt() {
                if (i >= length()) {
                    throw new java.util.NoSuchElementException();
                }
                return charAt(i++);
            }
        }, this::length);
    }

    /** The code points (a surrogate pair is one, a lone surrogate is itself). */
    default java.util.stream.IntStream codePoints() {
        return java.util.stream.Streams.ofChars(new java.util.PrimitiveIterator.OfInt() {
            private int i;

            public boolean hasNext() {
                return i < length();
            }

            public int nextInt() {
                int n = length();
                if (i >= n) {
                    throw new java.util.NoSuchElementException();
                }
                char c = charAt(i++);
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(charAt(i))) {
                    return Character.toCodePoint(c, charAt(i++));
                }
                return c;
            }
        }, null);
    }
}

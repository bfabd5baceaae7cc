package java.util;

/** Small helpers shared by the collections: index checks with the JDK's messages, array creation. */
final class CollSupport {
    private CollSupport() {
    }

    /** The message of Objects.checkIndex-style failures: "Index 3 out of bounds for length 3". */
    static IndexOutOfBoundsException outOfBounds(int index, int length) {
        return new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw outOfBounds(index, length);
        }
    }

    /** The message of add-position failures in ArrayList/AbstractList: "Index: 5, Size: 3". */
    static void checkPositionForAdd(int index, int size) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    static void subListRangeCheck(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
        }
        if (toIndex > size) {
            throw new IndexOutOfBoundsException("toIndex = " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
    }

    /**
     * A new array with the same component type as {@code like} and the given length. The one place
     * that needs reflection (java.lang.reflect.Array.newInstance) to make an array of a runtime type.
     */
    @SuppressWarnings("unchecked")
    static <T> T[] newArray(T[] like, int length) {
        if (like.getClass() == Object[].class) {
            return (T[]) new Object[length];
        }
        return (T[]) java.lang.reflect.Array.newInstance(like.getClass().getComponentType(), length);
    }

    /** A new array of the given array type (Object[].class needs no reflection). */
    @SuppressWarnings("unchecked")
    static <T> T[] newArrayOfType(Class<? extends T[]> type, int length) {
        if ((Object) type == (Object) Object[].class) {
            return (T[]) new Object[length];
        }
        return (T[]) java.lang.reflect.Array.newInstance(type.getComponentType(), length);
    }

    /** Fills {@code a} from {@code src[0..n)} as Collection.toArray(T[]) specifies (null after the end). */
    @SuppressWarnings("unchecked")
    static <T> T[] toArray(Object[] src, int n, T[] a) {
        if (a.length < n) {
            a = newArray(a, n);
        }
        System.arraycopy(src, 0, a, 0, n);
        if (a.length > n) {
            a[n] = null;
        }
        return a;
    }
}

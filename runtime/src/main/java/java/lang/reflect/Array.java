package java.lang.reflect;

/**
 * The part of reflective array access that collections need (toArray(T[])):
 * creating an array of a given component type. The array class must exist in
 * the closed world, which it does whenever such an array was passed in.
 */
public final class Array {
    private Array() {
    }

    public static Object newInstance(Class<?> componentType, int length) {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (length < 0) {
            throw new NegativeArraySizeException(String.valueOf(length));
        }
        Object a = newArray(componentType, length);
        if (a == null) {
            throw new UnsupportedOperationException("OS2: no array class of " + componentType.getName()
                    + " in the compiled program");
        }
        return a;
    }

    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return length(array);
    }

    /** A new array of componentType[length], or null when that array class was not compiled. */
    private static native Object newArray(Class<?> componentType, int length);

    private static native int length(Object array);
}

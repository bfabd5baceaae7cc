package java.lang;

/**
 * A class, as the compiled runtime sees it. Instances are emitted statically by
 * the compiler (see os2rt.h, struct JClass); the fields below mirror that struct
 * exactly, in order, and the compiler checks that they do.
 */
public final class Class<T> {
    private final String name;
    private final Class<?> superclass;
    private final Class<?> componentType;
    private final Class<?> arrayClass;
    private final int flags;
    private final int size;
    private final int depth;
    private final int nrefs;
    private final int nifaces;
    private int initState;
    private final long refs;
    private final long display;
    private final long ifaces;
    private final long itables;
    private final long clinit;
    private final long enumValues;

    static final int INTERFACE = 0x0001;
    static final int ARRAY = 0x0002;
    static final int PRIMITIVE = 0x0004;
    static final int ABSTRACT = 0x0008;
    static final int ENUM = 0x0010;
    static final int FINAL = 0x0020;
    static final int RECORD = 0x0040;

    private Class() {
        throw new InternalError("classes are made by the compiler");
    }

    public String getName() {
        return name;
    }

    public String getSimpleName() {
        if (isArray()) {
            return componentType.getSimpleName() + "[]";
        }
        String n = name;
        int dot = n.lastIndexOf('.');
        int dollar = n.lastIndexOf('$');
        int cut = Math.max(dot, dollar);
        String simple = n.substring(cut + 1);
        // anonymous classes (Outer$1) have an empty simple name
        if (dollar > dot && !simple.isEmpty() && Character.isDigit(simple.charAt(0))) {
            int i = 0;
            while (i < simple.length() && Character.isDigit(simple.charAt(i))) {
                i++;
            }
            return simple.substring(i);
        }
        return simple;
    }

    public String getTypeName() {
        if (isArray()) {
            return componentType.getTypeName() + "[]";
        }
        return name;
    }

    /** The name as written in source: nested classes joined by '.', arrays with "[]". */
    public String getCanonicalName() {
        if (isArray()) {
            String c = componentType.getCanonicalName();
            return c == null ? null : c + "[]";
        }
        return name.replace('$', '.');
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.componentType;
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        int dot = c.name.lastIndexOf('.');
        return dot < 0 ? "" : c.name.substring(0, dot);
    }

    public Class<? super T> getSuperclass() {
        @SuppressWarnings("unchecked")
        Class<? super T> s = (Class<? super T>) superclass;
        return s;
    }

    public Class<?> getComponentType() {
        return componentType;
    }

    public boolean isArray() {
        return (flags & ARRAY) != 0;
    }

    public boolean isInterface() {
        return (flags & INTERFACE) != 0;
    }

    public boolean isPrimitive() {
        return (flags & PRIMITIVE) != 0;
    }

    public boolean isEnum() {
        return (flags & ENUM) != 0 && superclass != null && superclass.name.equals("java.lang.Enum");
    }

    public boolean isRecord() {
        return (flags & RECORD) != 0;
    }

    public boolean isInstance(Object o) {
        return o != null && isAssignableFrom(o.getClass());
    }

    public native boolean isAssignableFrom(Class<?> other);

    @SuppressWarnings("unchecked")
    public T cast(Object o) {
        if (o != null && !isInstance(o)) {
            throw new ClassCastException("Cannot cast " + o.getClass().getName() + " to " + name);
        }
        return (T) o;
    }

    /** An enum's constants in declaration order (a fresh array), or null. */
    public native T[] getEnumConstants();

    /** Assertions are disabled, as on a JVM started without -ea. */
    public boolean desiredAssertionStatus() {
        return false;
    }

    @Override
    public String toString() {
        if (isPrimitive()) {
            return name;
        }
        return (isInterface() ? "interface " : "class ") + name;
    }
}

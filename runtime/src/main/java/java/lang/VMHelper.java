package java.lang;

/**
 * The entry points that generated code and the C runtime call by name (see
 * docs/RUNTIME-ABI.md), and the few natives the library itself needs.
 *
 * Method names here are part of the ABI: none is overloaded, so each compiles to
 * {@code java_lang_VMHelper__<name>}. Natives compile to {@code os2n_java_lang_VMHelper_<name>}.
 * The throwX methods "return" by leaving with a pending exception.
 */
final class VMHelper {
    private VMHelper() {
    }

    /** Thrown by throwOOM: allocated up front, since by then nothing more can be. */
    private static OutOfMemoryError oom;
    /** Made at start: where {@link #uncaught} writes its last-resort line when there is no heap. */
    private static byte[] lastResort;
    /** Bytes of the last-resort line: a class name and a message, cut to fit. */
    private static final int LAST_RESORT_BYTES = 512;

    // ---- natives (implemented in C, rt.c) ---------------------------------

    /** The byte at a native address (zero-extended). */
    static native int peek8(long addr);

    /** The 8-byte word at a native address. */
    static native long peek64(long addr);

    /** The current Java frames, innermost first, as pairs (JMethodInfo address, line). */
    static native long[] backtrace();

    /** Reads into b[off, off+len) from a file descriptor: the count, 0 at the end, -1 on error. */
    static native int read(int fd, byte[] b, int off, int len);

    /** Writes b[off, off+len) to a file descriptor (1 = stdout, 2 = stderr). */
    static native void write(int fd, byte[] b, int off, int len);


    /** Ends the process at once (os2_platform_exit). */
    static native void halt(int status);

    static native long nanoTime();

    static native long currentTimeMillis();

    static native void gc();

    /** Fills out[0..4] with the fields of Os2GcStats, in order. */
    static native void gcStats(long[] out);

    /** Object.hashCode's identity hash, even for objects whose class overrides hashCode. */
    static native int identityHash(Object o);

    /** Returns the pending exception (os2_exc) and clears it. */
    static native Throwable takeException();

    /** The Class of a primitive type by descriptor char ('I', 'J', ..., 'V'): the boxes' TYPE. */
    static native Class<?> primitiveClass(int descriptor);

    /** Whether a synchronized block or method of the (one) thread holds o's monitor. */
    static native boolean holdsLock(Object o);

    /** Every string literal of the program (the compiler's interned instances). */
    static native String[] literals();

    // ---- entry points called by generated code and C -----------------------

    static void start() {
        oom = new OutOfMemoryError("Java heap space");
        oom.clearBacktrace();
        lastResort = new byte[LAST_RESORT_BYTES];
    }

    static void throwNPE() {
        throw new NullPointerException();
    }

    /** A null check of generated code failed; message is the C string of its helpful message (JEP 358). */
    static void throwNPEAt(long message) {
        throw new NullPointerException(message);
    }

    static void throwIndex(int index, int length) {
        throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    static void throwDivZero() {
        throw new ArithmeticException("/ by zero");
    }

    static void throwNegativeSize(int n) {
        throw new NegativeArraySizeException(Integer.toString(n));
    }

    static void throwArrayStore(Object v) {
        throw new ArrayStoreException(v.getClass().getName());
    }

    static void throwOOM() {
        OutOfMemoryError e = oom;
        if (e == null) {
            // before start(): nothing better is possible
            e = new OutOfMemoryError("Java heap space");
        }
        throw e;
    }

    static void throwCloneNotSupported(Object o) throws CloneNotSupportedException {
        throw new CloneNotSupportedException(o.getClass().getName());
    }

    /** JDK 17 wording, including where each class "lives" (see moduleOf). */
    static void throwClassCast(Object o, Class<?> target) {
        String a = o.getClass().getName();
        String b = target.getName();
        String ma = moduleOf(a);
        String mb = moduleOf(b);
        StringBuilder sb = new StringBuilder(128);
        sb.append("class ").append(a).append(" cannot be cast to class ").append(b).append(" (");
        if (ma.equals(mb)) {
            sb.append(a).append(" and ").append(b).append(" are in ").append(ma);
        } else {
            sb.append(a).append(" is in ").append(ma).append("; ").append(b).append(" is in ").append(mb);
        }
        sb.append(')');
        throw new ClassCastException(sb.toString());
    }

    /** Library classes (java.*) play the role of java.base; everything else is the application's. */
    private static String moduleOf(String className) {
        int i = 0;
        while (i < className.length() && className.charAt(i) == '[') {
            i++;
        }
        boolean base;
        if (i == 0) {
            base = className.startsWith("java.");
        } else {
            // "[I" is primitive (java.base), "[Lp.C;" follows its element class
            base = className.charAt(i) != 'L' || className.startsWith("java.", i + 1);
        }
        return base ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }

    /**
     * A static initializer failed with cause (the generated code took it off the pending
     * slot first). Errors propagate as they are, anything else is wrapped (JLS 12.4.2).
     */
    /** Classes whose initialisation failed, and what they threw (few: a failed initialiser is rare). */
    private static Class<?>[] failedClasses;
    private static Throwable[] failedCauses;
    private static int failedCount;

    static void initFailed(Class<?> c, Throwable cause) {
        recordInitFailure(c, cause);
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        throw new ExceptionInInitializerError(cause);
    }

    /**
     * Like HotSpot, keeps what a failed initialiser threw as an ExceptionInInitializerError whose message
     * names it (the original is not kept alive) and whose stack trace is the original's: later uses of the
     * class throw NoClassDefFoundError with that as the cause.
     */
    private static void recordInitFailure(Class<?> c, Throwable cause) {
        String m = cause.getMessage();
        ExceptionInInitializerError e = new ExceptionInInitializerError("Exception " + cause.getClass().getName()
                + (m == null ? " " : ": " + m + " ") + "[in thread \"main\"]");
        e.setStackTrace(cause.getStackTrace());
        if (failedClasses == null || failedCount == failedClasses.length) {
            Class<?>[] cs = new Class<?>[failedCount * 2 + 4];
            Throwable[] ts = new Throwable[cs.length];
            for (int i = 0; i < failedCount; i++) {
                cs[i] = failedClasses[i];
                ts[i] = failedCauses[i];
            }
            failedClasses = cs;
            failedCauses = ts;
        }
        failedClasses[failedCount] = c;
        failedCauses[failedCount++] = e;
    }

    static void throwNoClassDef(Class<?> c) {
        NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class " + c.getName());
        for (int i = 0; i < failedCount; i++) {
            if (failedClasses[i] == c) {
                e.initCause(failedCauses[i]);
            }
        }
        throw e;
    }

    /**
     * System.arraycopy failed. kind 1: the arrays' types do not fit; 2: an index or the
     * length is out of range; 3: an element could not be stored in the destination.
     */
    static void throwArrayCopy(int kind, Object src, Object dst, int srcPos, int dstPos, int length) {
        if (kind == 1) {
            if (!src.getClass().isArray()) {
                throw new ArrayStoreException("arraycopy: source type " + src.getClass().getName() + " is not an array");
            }
            if (!dst.getClass().isArray()) {
                throw new ArrayStoreException("arraycopy: destination type " + dst.getClass().getName()
                        + " is not an array");
            }
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + copyTypeName(src)
                    + "[] into " + copyTypeName(dst) + "[]");
        }
        if (kind == 2) {
            int srcLen = arrayLength(src);
            int dstLen = arrayLength(dst);
            String msg;
            if (length < 0) {
                msg = "arraycopy: length " + length + " is negative";
            } else if (srcPos < 0) {
                msg = "arraycopy: source index " + srcPos + " out of bounds for " + boundsTypeName(src, srcLen);
            } else if (dstPos < 0) {
                msg = "arraycopy: destination index " + dstPos + " out of bounds for " + boundsTypeName(dst, dstLen);
            } else if ((long) srcPos + length > srcLen) {
                msg = "arraycopy: last source index " + ((long) srcPos + length) + " out of bounds for "
                        + boundsTypeName(src, srcLen);
            } else {
                msg = "arraycopy: last destination index " + ((long) dstPos + length) + " out of bounds for "
                        + boundsTypeName(dst, dstLen);
            }
            throw new ArrayIndexOutOfBoundsException(msg);
        }
        throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                + src.getClass().getComponentType().getName() + "[] to the type of the destination array, "
                + dst.getClass().getComponentType().getName());
    }

    /** The length of any array, without reflection. */
    private static int arrayLength(Object a) {
        if (a instanceof Object[]) {
            return ((Object[]) a).length;
        } else if (a instanceof int[]) {
            return ((int[]) a).length;
        } else if (a instanceof long[]) {
            return ((long[]) a).length;
        } else if (a instanceof char[]) {
            return ((char[]) a).length;
        } else if (a instanceof byte[]) {
            return ((byte[]) a).length;
        } else if (a instanceof short[]) {
            return ((short[]) a).length;
        } else if (a instanceof boolean[]) {
            return ((boolean[]) a).length;
        } else if (a instanceof double[]) {
            return ((double[]) a).length;
        } else if (a instanceof float[]) {
            return ((float[]) a).length;
        }
        return 0;
    }

    /** "int" for int[], "object array" for any reference array (the JVM's wording). */
    private static String copyTypeName(Object array) {
        Class<?> ct = array.getClass().getComponentType();
        return ct.isPrimitive() ? ct.getName() : "object array";
    }

    private static String boundsTypeName(Object array, int len) {
        return copyTypeName(array) + "[" + len + "]";
    }

    /** main ended by an exception: report it like the JVM's default handler, exit 1. */
    static void uncaught(Throwable t) {
        try {
            System.out.flush();
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace(System.err);
        } catch (Throwable failed) {
            // The JVM ignores a failure of the handler itself; but the report allocates, and
            // when the uncaught exception is the heap running out it fails for the same
            // reason, leaving only the line's start (the kernel's bug 4 did just that). Name
            // the exception at least, without allocating.
            try {
                System.err.flush();
            } catch (Throwable ignored) {
                // what is buffered is lost; the last-resort line goes out all the same
            }
            writeWithoutHeap(t);
        }
        exit(1);
    }

    /** t's class and message on standard error, from the buffer made at start (no allocation). */
    private static void writeWithoutHeap(Throwable t) {
        byte[] b = lastResort;
        if (b == null) {
            return;   // before start(): nothing to write with
        }
        int n = put(b, 0, t.getClass().getName());
        String message = t.getMessage();
        if (message != null) {
            n = put(b, n, ": ");
            n = put(b, n, message);
        }
        n = put(b, n, " (no heap left for the stack trace)");
        n = Math.min(n, b.length - 1);
        b[n++] = '\n';
        write(2, b, 0, n);
    }

    /** Copies s into b from n as ASCII ('?' for other chars), as much as fits before the last byte; the new end. */
    private static int put(byte[] b, int n, String s) {
        for (int i = 0; i < s.length() && n < b.length - 1; i++) {
            char c = s.charAt(i);
            b[n++] = (byte) (c < 0x80 ? c : '?');
        }
        return n;
    }

    /** A generated prologue found the stack nearly exhausted (os2_stack_overflow gave it room for this). */
    static void throwStackOverflow() {
        throw new StackOverflowError();
    }

    /**
     * A fatal signal or a termination request (platform_linux.c): write out what the program has printed.
     * Runs on the signal stack, so it must not allocate (a collection would scan the wrong stack).
     */
    static void flushOnSignal() {
        try {
            System.flushStreams();
        } catch (Throwable ignored) {
            // the process is ending anyway
        }
    }

    /** Converts C's argv (a char ** of UTF-8 strings) to main's String[]. */
    static String[] makeArgs(int argc, long argv) {
        String[] args = new String[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = cString(peek64(argv + 8L * i));
        }
        return args;
    }

    /** End of main, System.exit and Runtime.exit: flush the standard streams, then halt. */
    static void exit(int status) {
        System.flushStreams();
        halt(status);
    }

    // ---- helpers for the library ------------------------------------------

    /** A NUL-terminated UTF-8 C string as a String (null for a null pointer). */
    static String cString(long p) {
        if (p == 0) {
            return null;
        }
        int n = 0;
        while (peek8(p + n) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) peek8(p + i);
        }
        return String.decodeUtf8(b, 0, n);
    }

    /** Whether the C string at p equals s (ASCII comparison, no allocation). */
    static boolean cStringEquals(long p, String s) {
        if (p == 0) {
            return false;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (peek8(p + i) != s.charAt(i)) {
                return false;
            }
        }
        return peek8(p + n) == 0;
    }
}

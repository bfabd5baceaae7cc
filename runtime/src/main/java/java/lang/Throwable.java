package java.lang;

import java.io.PrintStream;

/**
 * The superclass of everything that can be thrown.
 *
 * The stack trace is captured cheaply at construction as the raw frame list of
 * {@link VMHelper#backtrace()} and only decoded into {@link StackTraceElement}s
 * when someone looks at it, since many exceptions are caught without ever being
 * printed.
 */
public class Throwable implements java.io.Serializable {
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    private String detailMessage;
    /** {@code this} while the cause was never set (so initCause can still set it once). */
    private Throwable cause = this;
    /** Raw frames (JMethodInfo address, line) or null once decoded / when not writable. */
    private long[] backtrace;
    private static final int MAX_FRAMES = 1024;
    private StackTraceElement[] stackTrace;
    private Throwable[] suppressed;
    private int suppressedCount;
    private final boolean enableSuppression;
    private final boolean writableStackTrace;

    public Throwable() {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
    }

    public Throwable(String message) {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.enableSuppression = enableSuppression;
        this.writableStackTrace = writableStackTrace;
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = NO_FRAMES;
        }
        detailMessage = message;
        this.cause = cause;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return cause == this ? null : cause;
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(cause), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    @Override
    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? s + ": " + message : s;
    }

    /**
     * Records the current stack. The frames of this method and of the constructors of
     * this throwable are dropped later, when decoding, as the JVM does.
     */
    public synchronized Throwable fillInStackTrace() {
        if (writableStackTrace) {
            backtrace = VMHelper.backtrace();
            stackTrace = null;
        }
        return this;
    }

    /** For the preallocated OutOfMemoryError: a trace of VMHelper.start would mislead. */
    void clearBacktrace() {
        backtrace = null;
        stackTrace = NO_FRAMES;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        if (writableStackTrace) {
            this.stackTrace = copy;
            this.backtrace = null;
        }
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            stackTrace = backtrace == null ? NO_FRAMES : decode(backtrace);
            backtrace = null;
        }
        return stackTrace;
    }

    /** Turns raw frames into elements, skipping the frames that made this throwable. */
    private StackTraceElement[] decode(long[] bt) {
        int n = bt.length / 2;
        int skip = 0;
        // fillInStackTrace itself (and overrides calling super.fillInStackTrace)
        while (skip < n && VMHelper.cStringEquals(VMHelper.peek64(bt[2 * skip] + 8), "fillInStackTrace")) {
            skip++;
        }
        // constructors of this throwable's class and its superclasses
        while (skip < n && VMHelper.cStringEquals(VMHelper.peek64(bt[2 * skip] + 8), "<init>")
                && isOwnClass(VMHelper.peek64(bt[2 * skip]))) {
            skip++;
        }
        // the runtime's throw helpers (throwNPE...)
        while (skip < n && VMHelper.cStringEquals(VMHelper.peek64(bt[2 * skip]), "java.lang.VMHelper")) {
            skip++;
        }
        // like HotSpot's MaxJavaStackTraceDepth: at most 1024 frames (a StackOverflowError has many more)
        n = Math.min(n, skip + MAX_FRAMES);
        StackTraceElement[] out = new StackTraceElement[n - skip];
        for (int i = skip; i < n; i++) {
            long m = bt[2 * i];
            out[i - skip] = new StackTraceElement(VMHelper.cString(VMHelper.peek64(m)),
                    VMHelper.cString(VMHelper.peek64(m + 8)), VMHelper.cString(VMHelper.peek64(m + 16)),
                    bt[2 * i + 1] > 0 ? (int) bt[2 * i + 1] : -1);
        }
        return out;
    }

    private boolean isOwnClass(long cName) {
        for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
            if (VMHelper.cStringEquals(cName, c.getName())) {
                return true;
            }
        }
        return false;
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (!enableSuppression) {
            return;
        }
        if (suppressed == null) {
            suppressed = new Throwable[2];
        } else if (suppressedCount == suppressed.length) {
            Throwable[] bigger = new Throwable[suppressedCount * 2];
            System.arraycopy(suppressed, 0, bigger, 0, suppressedCount);
            suppressed = bigger;
        }
        suppressed[suppressedCount++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressedCount == 0) {
            return NO_SUPPRESSED;
        }
        Throwable[] r = new Throwable[suppressedCount];
        System.arraycopy(suppressed, 0, r, 0, suppressedCount);
        return r;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        StackTracePrinter p = new StackTracePrinter(s, null);
        p.print(this);
    }

    public void printStackTrace(java.io.PrintWriter s) {
        StackTracePrinter p = new StackTracePrinter(null, s);
        p.print(this);
    }

    /** Used by StackTracePrinter, which prints the same trace as getStackTrace without copying. */
    StackTraceElement[] framesForPrinting() {
        return getOurStackTrace();
    }
}

package java.lang;

/** The root of the class hierarchy. */
public class Object {
    public Object() {
    }

    public final native Class<?> getClass();

    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    /** No threads exist: waiting could never be woken. */
    /**
     * There is one thread, so nothing can notify: like a JVM whose other threads never will, a wait without a
     * timeout never returns, and a timed one returns when the time is up. Both need the monitor, as notify does.
     */
    public final void wait() throws InterruptedException {
        wait(0L);
    }

    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        checkOwner();
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (timeoutMillis == 0 || System.nanoTime() - end < 0) {
            // no other thread exists to notify this one
        }
    }

    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) {
            timeoutMillis++;
        }
        wait(timeoutMillis);
    }

    public final void notify() {
        checkOwner();
    }

    public final void notifyAll() {
        checkOwner();
    }

    private void checkOwner() {
        if (!VMHelper.holdsLock(this)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
    }
}

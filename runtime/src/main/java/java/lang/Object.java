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
    public final void wait() throws InterruptedException {
        throw new IllegalMonitorStateException("OS2 programs have one thread");
    }

    public final void notify() {
    }

    public final void notifyAll() {
    }
}

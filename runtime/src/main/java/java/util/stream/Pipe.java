package java.util.stream;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;

/**
 * What the stages of one stream pipeline share (close handlers, a stage used twice) and the lookahead iterator
 * the stages are built of. Streams here pull elements through iterators: for sequential streams that gives the
 * JDK's order of side effects (each element goes through every stage before the next; sorted() waits for all).
 */
final class Pipe {
    private List<Runnable> onClose;
    private boolean closed;

    private Pipe() {
    }

    static Pipe create() {
        return new Pipe();
    }

    void add(Runnable r) {
        if (closed) {
            throw used();
        }
        if (onClose == null) {
            onClose = new ArrayList<>();
        }
        onClose.add(r);
    }

    /** Runs every close handler once; the first exception is thrown with the later ones suppressed. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (onClose == null) {
            return;
        }
        RuntimeException first = null;
        for (Runnable r : onClose) {
            try {
                r.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else if (first != e) {
                    first.addSuppressed(e);
                }
            }
        }
        onClose = null;
        if (first != null) {
            throw first;
        }
    }

    static IllegalStateException used() {
        return new IllegalStateException("stream has already been operated upon or closed");
    }

    /**
     * The size a stage knows without running the pipeline (the JDK's SIZED flag): count() then does not run
     * the stages (their peek actions, maps) at all, as JDK 17 does; null when unknown.
     */
    static LongSupplier sized(long n) {
        return () -> n;
    }

    /** An iterator that finds its next element ahead of time. */
    abstract static class Ahead<T> implements Iterator<T> {
        T item;
        private int state;   // 0: not looked, 1: item ready, 2: exhausted

        /** Sets item and returns true, or returns false at the end. */
        abstract boolean fetch();

        public final boolean hasNext() {
            if (state == 0) {
                state = fetch() ? 1 : 2;
            }
            return state == 1;
        }

        public final T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            state = 0;
            T t = item;
            item = null;
            return t;
        }
    }
}

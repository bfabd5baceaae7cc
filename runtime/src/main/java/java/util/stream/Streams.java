package java.util.stream;

import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * OS2's bridge from the rest of the library to its streams (the JDK uses Spliterators and StreamSupport for
 * this): Collection.stream, Arrays.stream, String.chars and friends. Not JDK API; programs cannot see it.
 */
public final class Streams {
    private Streams() {
    }

    /** A stream over source's iterator, made when the first element is needed (late binding, as the JDK's). */
    public static <T> Stream<T> of(Supplier<? extends Iterator<T>> source, LongSupplier size) {
        return new RefStream<>(new Iterator<T>() {
            private Iterator<T> it;

            private Iterator<T> it() {
                if (it == null) {
                    it = source.get();
                }
                return it;
            }

            public boolean hasNext() {
                return it().hasNext();
            }

            public T next() {
                return it().next();
            }
        }, size, Pipe.create());
    }

    /** The JDK's bounds check of Arrays.stream(array, from, to). */
    static void checkFromTo(int length, int from, int to) {
        if (from > to) {
            throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException(to);
        }
    }

    public static <T> Stream<T> ofArray(T[] a, int from, int to) {
        checkFromTo(a.length, from, to);
        return new RefStream<>(new Iterator<T>() {
            private int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public T next() {
                if (i >= to) {
                    throw new java.util.NoSuchElementException();
                }
                return a[i++];
            }
        }, Pipe.sized(to - from), Pipe.create());
    }

    public static IntStream ofInts(int[] a, int from, int to) {
        checkFromTo(a.length, from, to);
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            private int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public int nextInt() {
                if (i >= to) {
                    throw new java.util.NoSuchElementException();
                }
                return a[i++];
            }
        }, Pipe.sized(to - from), Pipe.create());
    }

    public static LongStream ofLongs(long[] a, int from, int to) {
        checkFromTo(a.length, from, to);
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            private int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public long nextLong() {
                if (i >= to) {
                    throw new java.util.NoSuchElementException();
                }
                return a[i++];
            }
        }, Pipe.sized(to - from), Pipe.create());
    }

    public static DoubleStream ofDoubles(double[] a, int from, int to) {
        checkFromTo(a.length, from, to);
        return new DoublePipeline(new PrimitiveIterator.OfDouble() {
            private int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public double nextDouble() {
                if (i >= to) {
                    throw new java.util.NoSuchElementException();
                }
                return a[i++];
            }
        }, Pipe.sized(to - from), Pipe.create());
    }

    /** Over the chars (or code points) a source gives; size null when not known up front. */
    public static IntStream ofChars(PrimitiveIterator.OfInt it, LongSupplier size) {
        return new IntPipeline(it, size, Pipe.create());
    }
}

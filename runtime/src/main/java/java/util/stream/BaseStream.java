package java.util.stream;

import java.util.Iterator;

/** What every stream has (OS2's streams are sequential: parallel() changes nothing). */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {
    Iterator<T> iterator();

    boolean isParallel();

    S sequential();

    S parallel();

    S unordered();

    S onClose(Runnable closeHandler);

    @Override
    void close();
}

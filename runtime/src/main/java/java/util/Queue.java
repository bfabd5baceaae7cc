package java.util;

/** A collection holding elements prior to processing, usually (not necessarily) FIFO. */
public interface Queue<E> extends Collection<E> {
    boolean add(E e);

    boolean offer(E e);

    E remove();

    E poll();

    E element();

    E peek();
}

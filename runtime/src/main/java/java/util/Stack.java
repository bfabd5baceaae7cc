package java.util;

/** The legacy LIFO stack on top of Vector (the top is the last element). */
public class Stack<E> extends Vector<E> {
    public Stack() {
    }

    public E push(E item) {
        addElement(item);
        return item;
    }

    public E pop() {
        E obj = peek();
        removeElementAt(size() - 1);
        return obj;
    }

    public E peek() {
        int len = size();
        if (len == 0) {
            throw new EmptyStackException();
        }
        return elementAt(len - 1);
    }

    public boolean empty() {
        return size() == 0;
    }

    /** 1-based distance from the top of the last occurrence of o, or -1. */
    public int search(Object o) {
        int i = lastIndexOf(o);
        return (i >= 0) ? size() - i : -1;
    }
}

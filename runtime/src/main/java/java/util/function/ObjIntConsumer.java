package java.util.function;

/** An operation on an object and a int. */
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}

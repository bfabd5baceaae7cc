package java.util;

/** Marker: the list supports fast (constant-time) positional access, so index loops beat iterators. */
public interface RandomAccess {
}

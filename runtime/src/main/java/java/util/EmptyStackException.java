package java.util;

/** Thrown by {@link Stack} when popping or peeking an empty stack. */
public class EmptyStackException extends RuntimeException {
    public EmptyStackException() {
    }
}

package java.lang;

/** A piece of code to run. */
@FunctionalInterface
public interface Runnable {
    void run();
}

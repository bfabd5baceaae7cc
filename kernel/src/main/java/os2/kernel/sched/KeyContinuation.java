package os2.kernel.sched;

/** A continuation that waits for a typed character and receives it. */
@FunctionalInterface
public interface KeyContinuation {
    Result run(char c);
}

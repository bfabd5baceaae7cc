package os2.kernel.sched;

/**
 * A piece of kernel work that runs to completion on an empty kernel stack and says what
 * comes next by its {@link Result}. Usually a lambda.
 */
@FunctionalInterface
public interface Continuation {
    Result run();
}

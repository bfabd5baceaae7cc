package os2.kernel.sched;

/**
 * A piece of kernel work that runs to completion on an empty kernel stack and says what
 * comes next by its {@link Result}. Usually a lambda. A continuation is itself a Result:
 * returned, it runs now, as {@link Result#now} of it (which returns it), with no
 * successor object made.
 */
@FunctionalInterface
public non-sealed interface Continuation extends Result {
    Result run();
}

package os2.kernel.sched;

/**
 * An event source that wakes its own waiters: when its event happens it hands each
 * waiting continuation to the scheduler ({@link Scheduler#start}). A task's exit is
 * one; later messages, closed peers and network events are others. A waiter that
 * lost a race (see {@link Scheduler#cancel}) is taken back with {@link #removeWaiter}.
 */
public interface Waitable {
    /** Arms c: it runs once, when the event happens (at once if it already has). */
    void addWaiter(Scheduler s, Continuation c);

    /** Disarms c if it is still waiting; nothing happens otherwise. */
    void removeWaiter(Continuation c);
}

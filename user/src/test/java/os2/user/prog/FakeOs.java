package os2.user.prog;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Os} for tests: a task table, memory figures and capabilities set by the test, a
 * clock the test moves (sleep advances it and records the calls), the host's time of day by
 * default.
 */
class FakeOs implements Os {
    final List<TaskInfo> tasks = new ArrayList<>();
    final List<Long> killed = new ArrayList<>();
    final List<Long> slept = new ArrayList<>();
    Memory memory = new Memory(700, 1000, 4096, 12, 300_000, 1_048_576);
    List<Capability> caps = new ArrayList<>();
    long nanos = 1_000_000_000L;
    long wall = System.currentTimeMillis();
    long self = 1;
    /** How far the clock moves while a command runs under time (its runner advances it). */
    long step;

    /** Set: the task list is refused, as for a program given no system capability. */
    boolean noSystem;

    @Override
    public List<TaskInfo> tasks() throws SysError {
        if (noSystem) {
            throw new SysError(SysError.DENIED);
        }
        return List.copyOf(tasks);
    }

    @Override
    public long selfId() {
        return self;
    }

    @Override
    public void kill(long id) throws SysError {
        if (id == self) {
            throw new SysError(SysError.NOT_PERMITTED);
        }
        if (!tasks.removeIf(t -> t.id() == id)) {
            throw new SysError(SysError.NO_PROCESS);
        }
        killed.add(id);
    }

    @Override
    public Memory memory() {
        return memory;
    }

    @Override
    public List<Capability> capabilities() {
        return caps;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public long wallMillis() {
        return wall;
    }

    @Override
    public void sleep(long millis) {
        slept.add(millis);
        nanos += millis * 1_000_000L;
    }
}

package os2.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A kernel for EventLoop tests: a clock that jumps to the next event, input that arrives
 * at set times, tasks that exit at set times. WAIT fires the entry that becomes true first
 * (the lowest index among those already true, as the kernel does) and records what it was given.
 */
final class FakeKernel implements EventLoop.Kernel {
    long clock;
    final List<Long> inputTimes = new ArrayList<>();
    final Map<Long, long[]> exits = new HashMap<>();   // handle -> {time, status}
    final List<long[]> waits = new ArrayList<>();

    void exitAt(long handle, long time, int status) {
        exits.put(handle, new long[] {time, status});
    }

    @Override
    public long now() {
        return clock;
    }

    @Override
    public long waitEvents(long[] events, int count) {
        if (count < 1 || count > Sys.WAIT_MAX) {
            return Sys.E_INVAL;
        }
        long[] copy = new long[count * 3];
        System.arraycopy(events, 0, copy, 0, copy.length);
        waits.add(copy);
        int best = -1;
        long bestTime = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            long t = readyTime(events[i * 3], events[i * 3 + 1]);
            if (t < bestTime || (best < 0 && t != Long.MAX_VALUE)) {
                best = i;
                bestTime = t;
            }
        }
        if (best < 0) {
            throw new AssertionError("WAIT would block forever");
        }
        clock = Math.max(clock, bestTime);
        long kind = events[best * 3];
        if (kind == Sys.EV_TIMER) {
            events[best * 3 + 2] = clock;
        } else if (kind == Sys.EV_INPUT) {
            inputTimes.remove(0);
            events[best * 3 + 2] = 0;
        } else {
            events[best * 3 + 2] = exits.get(events[best * 3 + 1])[1];
        }
        return best;
    }

    private long readyTime(long kind, long arg) {
        if (kind == Sys.EV_TIMER) {
            return arg;
        }
        if (kind == Sys.EV_INPUT) {
            return inputTimes.isEmpty() ? Long.MAX_VALUE : Math.max(clock, inputTimes.get(0));
        }
        if (kind == Sys.EV_TASK_EXIT) {
            long[] e = exits.get(arg);
            if (e == null) {
                throw new AssertionError("WAIT on unknown handle " + arg);
            }
            return Math.max(clock, e[0]);
        }
        throw new AssertionError("bad event kind " + kind);
    }
}

package os2.user;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A kernel for EventLoop tests: a clock that jumps to the next event, input that arrives
 * at set times, tasks that exit at set times, messages that arrive on endpoints at set
 * times, peers that close and capabilities that are revoked at set times. WAIT fires the
 * entry that becomes true first (the lowest index among those already true, as the
 * kernel does) and records what it was given.
 */
final class FakeKernel implements EventLoop.Kernel {
    long clock;
    final List<Long> inputTimes = new ArrayList<>();
    final Map<Handle, long[]> exits = new HashMap<>();   // task -> {time, status}
    final Map<Handle, ArrayDeque<Object[]>> messages = new HashMap<>();   // endpoint -> {time, Message}
    final Map<Handle, Long> peerClosed = new HashMap<>();
    final Map<Handle, Long> revoked = new HashMap<>();
    final List<long[]> waits = new ArrayList<>();
    int receives;

    static Handle h(long n) {
        return new Handle(n, ~n);
    }

    void exitAt(Handle task, long time, int status) {
        exits.put(task, new long[] {time, status});
    }

    void messageAt(Handle endpoint, long time, Message m) {
        messages.computeIfAbsent(endpoint, k -> new ArrayDeque<>()).add(new Object[] {time, m});
    }

    @Override
    public long now() {
        return clock;
    }

    @Override
    public Message receive(Endpoint endpoint) {
        receives++;
        ArrayDeque<Object[]> q = messages.get(endpoint.handle());
        if (q == null || q.isEmpty() || (Long) q.peek()[0] > clock) {
            return null;
        }
        return (Message) q.poll()[1];
    }

    @Override
    public long waitEvents(long[] events, int count) {
        if (count < 1 || count > Sys.WAIT_MAX) {
            return Sys.E_INVAL;
        }
        long[] copy = new long[count * 4];
        System.arraycopy(events, 0, copy, 0, copy.length);
        waits.add(copy);
        int best = -1;
        long bestTime = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            long t = readyTime(events[i * 4], new Handle(events[i * 4 + 1], events[i * 4 + 2]));
            if (t < bestTime) {
                best = i;
                bestTime = t;
            }
        }
        if (best < 0) {
            throw new AssertionError("WAIT would block forever");
        }
        clock = Math.max(clock, bestTime);
        long kind = events[best * 4];
        Handle h = new Handle(events[best * 4 + 1], events[best * 4 + 2]);
        if (kind == Sys.EV_TIMER) {
            events[best * 4 + 3] = clock;
        } else if (kind == Sys.EV_INPUT) {
            inputTimes.remove(0);
            events[best * 4 + 3] = 0;
        } else if (kind == Sys.EV_TASK_EXIT) {
            events[best * 4 + 3] = exits.get(h)[1];
        } else if (kind == Sys.EV_MESSAGE) {
            events[best * 4 + 3] = ((Message) messages.get(h).peek()[1]).bytes().length;
        } else {
            events[best * 4 + 3] = 0;
        }
        return best;
    }

    /** When the event becomes true (never: MAX_VALUE); ties go to the lowest index, as in the kernel. */
    private long readyTime(long kind, Handle h) {
        if (kind == Sys.EV_TIMER) {
            return Math.max(clock, h.lo());
        }
        if (kind == Sys.EV_INPUT) {
            return inputTimes.isEmpty() ? Long.MAX_VALUE : Math.max(clock, inputTimes.get(0));
        }
        if (kind == Sys.EV_TASK_EXIT) {
            long[] e = exits.get(h);
            if (e == null) {
                throw new AssertionError("WAIT on unknown task " + h);
            }
            return Math.max(clock, e[0]);
        }
        if (kind == Sys.EV_MESSAGE) {
            ArrayDeque<Object[]> q = messages.get(h);
            return q == null || q.isEmpty() ? Long.MAX_VALUE : Math.max(clock, (Long) q.peek()[0]);
        }
        if (kind == Sys.EV_PEER_CLOSED) {
            Long t = peerClosed.get(h);
            return t == null ? Long.MAX_VALUE : Math.max(clock, t);
        }
        if (kind == Sys.EV_REVOKED) {
            Long t = revoked.get(h);
            return t == null ? Long.MAX_VALUE : Math.max(clock, t);
        }
        throw new AssertionError("bad event kind " + kind);
    }
}

package os2.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    /** A fake clock and keyboard: idling jumps time to the next deadline. */
    static final class FakePlatform implements Scheduler.Platform {
        long now;
        final ArrayDeque<Character> keys = new ArrayDeque<>();
        int idles;

        public long nanos() { return now; }
        public int pollKey() { return keys.isEmpty() ? -1 : keys.poll(); }
        @Override
        public boolean inputReady() { return !keys.isEmpty(); }
        public void idle(long deadline, boolean wantKeys) {
            idles++;
            if (deadline != Scheduler.NEVER && deadline > now) {
                now = deadline;
            }
        }
    }

    final FakePlatform clock = new FakePlatform();
    final Scheduler s = new Scheduler(clock);
    final List<String> log = new ArrayList<>();

    Continuation say(String what) {
        return () -> {
            log.add(what + "@" + clock.now);
            return Result.done();
        };
    }

    @Test
    void readyContinuationsRunFifo() {
        s.start(say("a"));
        s.start(say("b"));
        s.start(() -> Result.now(say("d")));
        s.start(say("c"));
        s.runUntil(() -> false);
        assertEquals(List.of("a@0", "b@0", "c@0", "d@0"), log);
    }

    @Test
    void aResumedContinuationRunsBehindTheTimersThatFellDueMeanwhile() {
        s.submit(new Successor.Until(10, say("timer")));
        clock.now = 50;   // a task ran past the deadline with its budget, then was preempted
        s.resume(say("task"));
        s.runUntil(() -> false);
        assertEquals(List.of("timer@50", "task@50"), log);
    }

    @Test
    void fanOutRunsEverySuccessorWhenItsEventHappens() {
        s.start(() -> Result.all(new Successor.Until(30, say("t30")), new Successor.Now(say("now")),
                new Successor.Until(10, say("t10")), new Successor.Keyboard(c -> {
                    log.add("key " + c);
                    return Result.done();
                })));
        clock.keys.add('x');
        s.runUntil(() -> false);
        assertEquals(List.of("now@0", "key x", "t10@10", "t30@30"), log);
        assertTrue(s.finished());
    }

    @Test
    void timersFireInDeadlineOrderAndFifoOnTies() {
        long[] deadlines = {50, 20, 90, 20, 70, 10, 20};
        for (int i = 0; i < deadlines.length; i++) {
            s.submit(new Successor.Until(deadlines[i], say("#" + i)));
        }
        s.runUntil(() -> false);
        assertEquals(List.of("#5@10", "#1@20", "#3@20", "#6@20", "#0@50", "#4@70", "#2@90"), log);
    }

    @Test
    void timerDoesNotFireBeforeItsDeadline() {
        s.submit(new Successor.Until(100, say("late")));
        assertEquals(false, s.step());
        clock.now = 99;
        assertEquals(false, s.step());
        clock.now = 100;
        assertEquals(true, s.step());
        assertEquals(List.of("late@100"), log);
    }

    @Test
    void errorRunsTheHandlerAndIsCounted() {
        s.start(() -> Result.error(say("handler")));
        s.start(say("other"));
        s.runUntil(() -> false);
        assertEquals(List.of("other@0", "handler@0"), log);
        assertEquals(1, s.errors());
    }

    @Test
    void throwingContinuationDoesNotStopTheScheduler() {
        s.start(() -> {
            throw new IllegalStateException("boom");
        });
        s.start(say("after"));
        s.runUntil(() -> false);
        assertEquals(List.of("after@0"), log);
        assertEquals(1, s.crashes());
    }

    @Test
    void outOfMemoryIsNotSwallowedAsACrash() {
        // KernelLoop must see it to panic with the heap's state
        s.start(() -> {
            throw new OutOfMemoryError("test");
        });
        org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class, () -> s.runUntil(() -> false));
        assertEquals(0, s.crashes());
    }

    @Test
    void keysGoToWaitersInOrderAndWaitForAWaiter() {
        StringBuilder got = new StringBuilder();
        clock.keys.add('h');
        clock.keys.add('i');
        s.start(() -> Result.key(c -> {
            got.append(c);
            return Result.until(5, () -> Result.key(d -> {
                got.append(d).append('@').append(clock.now);
                return Result.done();
            }));
        }));
        s.runUntil(() -> false);
        assertEquals("hi@5", got.toString());
    }

    @Test
    void idleOnlyWhenNothingIsReady() {
        int[] n = {0};
        s.start(() -> ++n[0] < 1000 ? Result.now(() -> Result.now(() -> Result.done())) : Result.done());
        s.runUntil(() -> false);
        assertEquals(0, clock.idles);
        s.submit(new Successor.Until(7, say("t")));
        s.runUntil(() -> false);
        assertEquals(1, clock.idles);
    }

    @Test
    void manyTimersStayOrdered() {
        java.util.Random r = new java.util.Random(1);
        TimerQueue q = new TimerQueue();
        List<Long> in = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            long d = r.nextInt(500);
            in.add(d);
            q.add(d, () -> Result.done());
        }
        long prev = -1;
        while (!q.isEmpty()) {
            long d = q.earliest();
            assertTrue(d >= prev);
            prev = d;
            q.poll();
        }
    }

    @Test
    void aNullResultIsACountedCrashNamingTheContinuationNotDone() {
        Continuation bad = () -> null;
        s.start(bad);
        s.start(say("after"));
        s.runUntil(() -> false);
        assertEquals(1, s.crashes());
        assertTrue(s.lastCrash() instanceof NullPointerException);
        assertTrue(s.lastCrash().getMessage().startsWith("continuation " + bad.getClass().getName()
                + " returned null instead of a Result"), s.lastCrash().getMessage());
        assertEquals(List.of("after@0"), log);
    }

    @Test
    void aNullSuccessorFailsWhereItIsMade() {
        s.start(() -> Result.now(null));
        s.start(() -> Result.until(5, null));
        s.start(() -> Result.key(null));
        s.start(() -> Result.error(null));
        s.runUntil(() -> false);
        assertEquals(4, s.crashes());
        assertEquals("Result.error: null handler", s.lastCrash().getMessage());
        // the trace starts in the factory and goes on into the continuation that called it
        assertTrue(java.util.Arrays.stream(s.lastCrash().getStackTrace())
                .anyMatch(e -> e.getClassName().startsWith(SchedulerTest.class.getName())));
    }

    @Test
    void aHandBuiltNullSuccessorIsACrashAndTheOthersStillRun() {
        s.start(() -> Result.all(new Successor.Now(say("first")), new Successor.Now(null)));
        s.runUntil(() -> false);
        assertEquals(1, s.crashes());
        assertTrue(s.lastCrash() instanceof NullPointerException, String.valueOf(s.lastCrash()));
        assertEquals(List.of("first@0"), log);
    }

    @Test
    void trimGivesBackWhatABurstOfTimersTook() {
        TimerQueue q = new TimerQueue();
        for (int i = 0; i < 100; i++) {
            q.add(i, say("t" + i));
        }
        assertTrue(q.capacity() >= 100);
        for (int i = 0; i < 97; i++) {
            q.poll();
        }
        q.trim();
        assertEquals(TimerQueue.MIN_LENGTH, q.capacity());
        assertEquals(97, q.earliest(), "the entries left keep their order");
        q.poll();
        assertEquals(98, q.earliest());
    }

    @Test
    void aBurstOfReadyContinuationsRunsInOrderAcrossATrim() {
        for (int i = 0; i < 40; i++) {
            s.start(say("c" + i));
        }
        s.trim();   // not idle yet: nothing is given back, nothing lost
        s.runUntil(() -> false);
        assertEquals(40, log.size());
        assertEquals("c39@0", log.get(39));
        s.trim();
        s.start(say("after"));
        s.runUntil(() -> false);
        assertEquals("after@0", log.get(40));
    }
}

package os2.user;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopTest {
    private final FakeKernel kernel = new FakeKernel();
    private final EventLoop loop = new EventLoop(kernel);
    private final List<String> log = new ArrayList<>();

    private Continuation say(String s) {
        return () -> {
            log.add(s + "@" + kernel.clock);
            return Result.done();
        };
    }

    @Test
    void nowSuccessorsRunFifoWithoutWaiting() {
        loop.run(() -> Result.all(new Successor.Now(say("a")), new Successor.Now(() -> {
            log.add("b");
            return Result.now(say("d"));
        }), new Successor.Now(say("c"))));
        assertEquals(List.of("a@0", "b", "c@0", "d@0"), log);
        assertEquals(0, loop.waits());
        assertEquals(5, loop.dispatched());
    }

    @Test
    void timersFireInDeadlineOrderAndOneWaitCoversTheEarliest() {
        loop.run(() -> Result.all(new Successor.Until(300, say("late")), new Successor.Until(100, say("early")),
                new Successor.Until(200, say("middle"))));
        assertEquals(List.of("early@100", "middle@200", "late@300"), log);
        assertEquals(3, kernel.waits.size());
        assertArrayEquals(new long[] {Sys.EV_TIMER, 100, 0, 0}, kernel.waits.get(0));   // only the earliest deadline
        assertArrayEquals(new long[] {Sys.EV_TIMER, 200, 0, 0}, kernel.waits.get(1));
    }

    @Test
    void timersDueTogetherRunAfterOneWait() {
        loop.run(() -> Result.all(new Successor.Until(100, say("x")), new Successor.Until(100, say("y")),
                new Successor.Until(50, say("w"))));
        // w fires at 50; x and y share a deadline and run after a single second WAIT, in submission order
        assertEquals(List.of("w@50", "x@100", "y@100"), log);
        assertEquals(2, kernel.waits.size());
    }

    @Test
    void taskExitDeliversTheStatusToEveryWaiterOfThatTask() {
        Task a = new Task(FakeKernel.h(7), "a.elf");
        Task b = new Task(FakeKernel.h(9), "b.elf");
        kernel.exitAt(a.handle(), 500, 42);
        kernel.exitAt(b.handle(), 100, 3);
        loop.run(() -> Result.all(
                new Successor.TaskExit(a, s -> { log.add("a1=" + s); return Result.done(); }),
                new Successor.TaskExit(b, s -> { log.add("b=" + s); return Result.done(); }),
                new Successor.TaskExit(a, s -> { log.add("a2=" + s); return Result.done(); }),
                new Successor.Until(1000, say("timeout"))));
        assertEquals(List.of("b=3", "a1=42", "a2=42", "timeout@1000"), log);
        // first WAIT: the timer, then each distinct handle once
        assertArrayEquals(new long[] {Sys.EV_TIMER, 1000, 0, 0, Sys.EV_TASK_EXIT, 7, ~7L, 0, Sys.EV_TASK_EXIT, 9, ~9L, 0},
                kernel.waits.get(0));
    }

    @Test
    void inputWakesOneWaiterPerArrival() {
        kernel.inputTimes.add(10L);
        kernel.inputTimes.add(20L);
        Handle console = FakeKernel.h(1);
        loop.run(() -> Result.all(new Successor.Input(console, say("first")), new Successor.Input(console, say("second"))));
        assertEquals(List.of("first@10", "second@20"), log);
        assertArrayEquals(new long[] {Sys.EV_INPUT, 1, ~1L, 0}, kernel.waits.get(0));   // one entry per console
    }

    @Test
    void aChainOfTimersIsAPeriodicTask() {
        int[] left = {5};
        Continuation[] tick = new Continuation[1];
        tick[0] = () -> {
            log.add("t@" + kernel.clock);
            return --left[0] == 0 ? Result.done() : Result.until(kernel.clock + 10, tick[0]);
        };
        loop.run(() -> Result.until(10, tick[0]));
        assertEquals(List.of("t@10", "t@20", "t@30", "t@40", "t@50"), log);
    }

    @Test
    void everyTicksAtAFixedRateUntilItsContinuationIsDone() {
        int[] left = {4};
        loop.run(() -> Result.all(new Successor.Until(25, say("other")), new Successor.Every(10, () -> {
            log.add("t@" + kernel.clock);
            if (--left[0] == 0) {
                return Result.done();
            }
            // a tick's own successors run as usual, and the period keeps running
            return left[0] == 2 ? Result.now(say("after")) : Result.again();
        })));
        assertEquals(List.of("t@10", "t@20", "after@20", "other@25", "t@30", "t@40"), log);
        assertEquals(5, kernel.waits.size());   // one WAIT per tick and one for the other timer
        assertArrayEquals(new long[] {Sys.EV_TIMER, 40, 0, 0}, kernel.waits.get(4));
    }

    @Test
    void everyStartsOnePeriodAfterItIsSubmittedAndSkipsMissedTicks() {
        int[] left = {3};
        loop.run(() -> Result.until(5, () -> Result.every(10, () -> {
            log.add("t@" + kernel.clock);
            if (log.size() == 1) {
                kernel.clock += 25;   // a slow tick: the ones due at 25 and 35 are missed
            }
            return --left[0] == 0 ? Result.done() : Result.again();
        })));
        // first at 5 + 10; the slow tick ends at 40, so the next is one period later, not a burst
        assertEquals(List.of("t@15", "t@50", "t@60"), log);
    }

    @Test
    void everyRefusesANonPositivePeriodAndANullContinuation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Successor.Every(0, () -> Result.done()));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Result.every(-5, () -> Result.done()));
        assertThrows(NullPointerException.class, () -> loop.run(() -> Result.every(10, null)));
        assertThrows(NullPointerException.class,
                () -> new EventLoop(kernel).run(() -> Result.every(10, () -> null)));
    }

    @Test
    void nullResultOrSuccessorIsAnErrorNotDone() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> loop.run(() -> null));
        assertTrue(e.getMessage().contains("returned null"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new EventLoop(kernel).run(() -> Result.now(null)));
        assertThrows(NullPointerException.class,
                () -> new EventLoop(kernel).run(() -> Result.all(new Successor.Until(5, null))));
    }

    @Test
    void aContinuationsExceptionLeavesTheLoop() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> loop.run(() -> Result.until(5, () -> {
                    throw new IllegalStateException("boom");
                })));
        assertEquals("boom", e.getMessage());
    }

    @Test
    void moreEventsThanWaitTakesIsRefusedClearly() {
        Successor[] s = new Successor[Sys.WAIT_MAX + 1];
        for (int i = 0; i < s.length; i++) {
            Task t = new Task(FakeKernel.h(100 + i), "t");
            kernel.exitAt(t.handle(), 1, 0);
            s[i] = new Successor.TaskExit(t, st -> Result.done());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.run(() -> Result.all(s)));
        assertTrue(e.getMessage().contains(Integer.toString(Sys.WAIT_MAX)), e.getMessage());
    }

    @Test
    void aWaitErrorBecomesASysException() {
        EventLoop bad = new EventLoop(new EventLoop.Kernel() {
            @Override
            public long now() {
                return 0;
            }

            @Override
            public long waitEvents(long[] events, int count) {
                return Sys.E_FAULT;
            }

            @Override
            public Message receive(Endpoint endpoint) {
                return null;
            }
        });
        SysException e = assertThrows(SysException.class, () -> bad.run(() -> Result.until(1, say("never"))));
        assertEquals(Sys.E_FAULT, e.code());
        assertEquals("WAIT: E_FAULT", e.getMessage());
    }
}

package os2.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interrupt-raised events as the kernel loop delivers them (KernelLoop.step's order: deliver, then step). */
class IrqEventTest {
    final Scheduler s = new Scheduler(new SchedulerTest.FakePlatform());
    int runs;
    IrqEvent event;

    @BeforeEach
    void reset() {
        IrqEvent.resetForTest();
        event = new IrqEvent("test", () -> {
            runs++;
            return Result.done();
        });
    }

    void loopStep() {
        IrqEvent.deliverAll(s);
        s.step();
    }

    @Test
    void manyRaisesBeforeTheLoopLooksRunTheHandlerOnce() {
        assertFalse(IrqEvent.pending());
        event.raise();
        event.raise();
        event.raise();
        assertTrue(IrqEvent.pending(), "idle must not halt now");
        loopStep();
        assertEquals(1, runs);
        assertFalse(IrqEvent.pending());
        loopStep();
        assertEquals(1, runs, "nothing new: no run");
        assertEquals(3, event.raised());
        assertEquals(1, event.runs());
    }

    @Test
    void aRaiseAfterDeliveryRunsTheHandlerAgain() {
        event.raise();
        IrqEvent.deliverAll(s);
        event.raise();                 // the interrupt comes after delivery, before the run
        IrqEvent.deliverAll(s);        // already queued: not queued twice
        assertEquals(1, s.readyCount());
        s.step();
        assertEquals(1, runs);
        assertTrue(IrqEvent.pending(), "the second raise is not lost");
        loopStep();
        assertEquals(2, runs);
    }

    @Test
    void aHandlerThatThrowsIsACrashAndTheEventStillWorks() {
        IrqEvent.resetForTest();
        IrqEvent bad = new IrqEvent("bad", () -> {
            runs++;
            throw new IllegalStateException("handler bug");
        });
        bad.raise();
        loopStep();
        assertEquals(1, s.crashes());
        bad.raise();
        loopStep();
        assertEquals(2, runs);
    }

    @Test
    void theRegistryIsBounded() {
        IrqEvent.resetForTest();
        for (int i = 0; i < IrqEvent.MAX_EVENTS; i++) {
            new IrqEvent("e" + i, Result::done);
        }
        assertThrows(IllegalStateException.class, () -> new IrqEvent("one more", Result::done));
        assertThrows(NullPointerException.class, () -> new IrqEvent("null", null));
    }
}

package os2.kernel.sock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When the network's timer runs next: fast while frames move, at the next deadline when quiet. */
class NetTimerTest {
    private static final long NOW = 5_000_000_000L;

    @Test
    void aBusyIntervalTicksAgainSoon() {
        assertEquals(NOW + NetService.TICK_NANOS, NetService.nextTick(NOW, true, Long.MAX_VALUE));
    }

    @Test
    void aQuietIntervalSleepsUntilTheDeadlineButNoLongerThanTheCap() {
        assertEquals(NOW + 300_000_000L, NetService.nextTick(NOW, false, NOW + 300_000_000L));
        assertEquals(NOW + NetService.QUIET_TICK_NANOS, NetService.nextTick(NOW, false, Long.MAX_VALUE));
        assertEquals(NOW + NetService.QUIET_TICK_NANOS, NetService.nextTick(NOW, false, NOW + 60_000_000_000L));
    }

    @Test
    void aDeadlineDueNowOrPastWaitsOneFastTick() {
        assertEquals(NOW + NetService.TICK_NANOS, NetService.nextTick(NOW, false, NOW));
        assertEquals(NOW + NetService.TICK_NANOS, NetService.nextTick(NOW, false, 0));
    }
}

package os2.user;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The capability events of EventLoop (message, peer closed, revoked) against FakeKernel, and the value types. */
class EventLoopCapsTest {
    private final FakeKernel kernel = new FakeKernel();
    private final EventLoop loop = new EventLoop(kernel);
    private final List<String> log = new ArrayList<>();
    private final Endpoint ep = new Endpoint(FakeKernel.h(5));
    private final Endpoint other = new Endpoint(FakeKernel.h(6));

    private static Message text(String s, Handle... caps) {
        return new Message(Args.utf8(s), caps);
    }

    @Test
    void eachMessageGoesToOneWaiterInOrderWithItsCapabilities() {
        Handle region = FakeKernel.h(77);
        kernel.messageAt(ep.handle(), 10, text("first", region));
        kernel.messageAt(ep.handle(), 20, text("second"));
        loop.run(() -> Result.all(
                new Successor.Message(ep, m -> { log.add("a:" + m.text() + "/" + m.caps().length + "@" + kernel.clock);
                    return Result.done(); }),
                new Successor.Message(ep, m -> { log.add("b:" + m.text() + "/" + m.caps().length + "@" + kernel.clock);
                    return Result.done(); })));
        assertEquals(List.of("a:first/1@10", "b:second/0@20"), log);
        // one entry for the message, one for the peer (so a closed peer cannot strand the waiter)
        assertArrayEquals(new long[] {Sys.EV_MESSAGE, 5, ~5L, 0, Sys.EV_PEER_CLOSED, 5, ~5L, 0}, kernel.waits.get(0));
        assertEquals(2, kernel.receives);
    }

    @Test
    void aContinuationCarriesTheCapabilitiesItReceivedToTheNextOne() {
        Handle page = FakeKernel.h(99);
        kernel.messageAt(ep.handle(), 10, text("take this", page));
        kernel.messageAt(ep.handle(), 30, text("now use it"));
        loop.run(() -> Result.message(ep, m -> {
            Handle held = m.cap(0);   // captured by the next continuation: the capability travels with it
            return Result.message(ep, m2 -> {
                log.add(m2.text() + " with " + held.equals(page));
                return Result.done();
            });
        }));
        assertEquals(List.of("now use it with true"), log);
    }

    @Test
    void queuedMessagesComeBeforeThePeerClosedEventAndLaterMessageWaitersAreDropped() {
        kernel.messageAt(ep.handle(), 10, text("last words"));
        kernel.peerClosed.put(ep.handle(), 10L);   // closed as the message arrives: both are true at once
        loop.run(() -> Result.all(
                new Successor.Message(ep, m -> {
                    log.add("got " + m.text());
                    return Result.message(ep, m2 -> { log.add("never"); return Result.done(); });
                }),
                new Successor.PeerClosed(ep, () -> { log.add("closed@" + kernel.clock); return Result.done(); })));
        assertEquals(List.of("got last words", "closed@10"), log);
    }

    @Test
    void revokedFiresEveryWaiterOfThatHandleOnly() {
        Handle a = FakeKernel.h(40);
        Handle b = FakeKernel.h(41);
        kernel.revoked.put(a, 50L);
        kernel.revoked.put(b, 200L);
        loop.run(() -> Result.all(new Successor.Revoked(a, say("a1")), new Successor.Revoked(b, say("b")),
                new Successor.Revoked(a, say("a2")), new Successor.Until(100, say("timer"))));
        assertEquals(List.of("a1@50", "a2@50", "timer@100", "b@200"), log);
    }

    @Test
    void oneWaitCoversEveryKindInAFixedOrder() {
        Task t = new Task(FakeKernel.h(3), "t");
        kernel.exitAt(t.handle(), 5, 0);
        Handle r = FakeKernel.h(8);
        assertThrows(IllegalStateException.class, () -> loop.run(() -> Result.all(new Successor.Revoked(r, say("r")),
                new Successor.PeerClosed(other, say("p")), new Successor.Message(ep, m -> Result.done()),
                new Successor.TaskExit(t, s -> Result.done()), new Successor.Input(FakeKernel.h(1), say("i")),
                new Successor.Until(7, say("u")), new Successor.Until(9, () -> {
                    throw new IllegalStateException("stop");
                }))));
        long[] w = kernel.waits.get(0);
        long[] kinds = new long[w.length / 4];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = w[4 * i];
        }
        assertArrayEquals(new long[] {Sys.EV_TIMER, Sys.EV_INPUT, Sys.EV_TASK_EXIT, Sys.EV_MESSAGE, Sys.EV_PEER_CLOSED,
            Sys.EV_PEER_CLOSED, Sys.EV_REVOKED}, kinds);
    }

    @Test
    void aWaiterWithoutItsCapabilityIsRefused() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> loop.run(() -> Result.all(new Successor.Message(null, m -> Result.done()))));
        assertTrue(e.getMessage().contains("without its capability"), e.getMessage());
    }

    private Continuation say(String s) {
        return () -> {
            log.add(s + "@" + kernel.clock);
            return Result.done();
        };
    }

    @Property
    void handlesAreValuesAndTheirWordsRoundTrip(@ForAll long lo, @ForAll long hi) {
        Handle h = new Handle(lo, hi);
        assertEquals(h, new Handle(lo, hi));
        assertEquals(h.hashCode(), new Handle(lo, hi).hashCode());
        long[] words = new long[4];
        h.store(words, 1);
        assertEquals(h, Handle.at(words, 1));
        assertEquals(lo == 0 && hi == 0, h.isNone());
        if (lo != 0 || hi != 0) {
            assertNotEquals(Handle.NONE, h);
        }
    }

    @Property
    void messageWordsRoundTrip(@ForAll long a, @ForAll long b) {
        Message m = new Message(Message.words(a, b), new Handle[0]);
        assertEquals(a, m.word(0));
        assertEquals(b, m.word(8));
    }

    @Test
    void errorNamesOfTheCapabilityCalls() {
        assertEquals("E_RIGHTS", Sys.errorName(Sys.E_RIGHTS));
        assertEquals("E_EMPTY", Sys.errorName(-12));
        assertEquals("E_INUSE", Sys.errorName(-13));
        assertEquals("error -14", Sys.errorName(-14));
        assertEquals("error 0", Sys.errorName(0));
    }
}

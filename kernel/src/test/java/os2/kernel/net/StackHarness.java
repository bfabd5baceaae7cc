package os2.kernel.net;

import static os2.kernel.net.Packets.*;

import java.util.List;

/** One stack on a capture device with a fake clock, configured as 10.0.2.15/24 via 10.0.2.2. */
class StackHarness {
    final FakeClock clock = new FakeClock(1_000_000);
    final CaptureDevice dev = new CaptureDevice(MAC_US);
    final NetStack stack = new NetStack(dev, clock);

    StackHarness() {
        stack.configure(IP_US, Ip4.of(255, 255, 255, 0), IP_PEER, Ip4.of(10, 0, 2, 3));
    }

    /** The peer asks for our MAC: we answer and learn its MAC (so later sends need no ARP). */
    StackHarness learnPeer() {
        stack.receive(eth(MAC_BCAST, MAC_PEER, 0x0806, arp(1, MAC_PEER, IP_PEER, new byte[6], IP_US)), 42);
        dev.take();
        return this;
    }

    void in(byte[] frame) {
        stack.receive(frame, frame.length);
    }

    List<byte[]> out() {
        return dev.take();
    }

    void advance(long ms) {
        clock.advance(ms);
        stack.tick();
    }

    /** Fails if any drop counter other than the allowed reasons moved, or anything threw inside. */
    void assertNoInternalErrors() {
        if (stack.stats().drops(Drop.INTERNAL_ERROR) != 0) {
            throw new AssertionError("internal error counted: " + stack.stats().dropSummary());
        }
    }
}

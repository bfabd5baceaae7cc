package os2.kernel.ipc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import os2.kernel.sched.WaitList;
import os2.kernel.cap.Capability;
import os2.kernel.sched.Waitable;

/**
 * One end of a channel. What its peer sends is queued here (at most {@link #QUEUE_LIMIT}
 * messages); receiving takes from the front. Three events: a message is queued
 * ({@link #messages}, which also fires when the peer closes, so a blocked receiver
 * learns of it), the peer closed ({@link #peerClosed}), and room in the peer's queue
 * ({@link #roomAtPeer}: a pipe writer blocks on a full queue instead of failing).
 */
public final class Endpoint {
    /** Most messages queued at one endpoint; a send beyond is E_FULL. */
    public static final int QUEUE_LIMIT = 64;
    /** send's outcomes. */
    public static final int SENT = 0;
    public static final int FULL = 1;
    public static final int PEER_GONE = 2;

    private Endpoint peer;
    private boolean closed;
    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private final WaitList messages = new WaitList(() -> !queue.isEmpty() || peerGone());
    private final WaitList peerClosed = new WaitList(this::peerGone);
    /** Room in this end's queue (or this end closed): what a writer blocked on a full pipe waits for. */
    private final WaitList room = new WaitList(() -> closed || queue.size() < QUEUE_LIMIT);
    private static long sent;
    private static long open;
    /**
     * Queued messages, at all endpoints, that were sent with capabilities: while it is 0
     * nothing in flight can be stranded and the sweep has nothing to look at, found in
     * O(1) rather than by a walk of every open endpoint at every close (a task holding
     * thousands of endpoints made that walk quadratic: docs/RELIABILITY.md, bug 3).
     */
    private static long queuedWithCaps;
    /**
     * Every endpoint not yet closed, as an intrusive list (for the sweep of unreachable
     * ones, task.ChannelSweep): no array that grows and stays grown, O(1) to leave.
     */
    private static Endpoint first;
    private Endpoint prevOpen;
    private Endpoint nextOpen;
    /** The sweep's mark: equal to its current epoch when a task can still receive here. */
    public int mark;

    private Endpoint() {
        open++;
        nextOpen = first;
        if (first != null) {
            first.prevOpen = this;
        }
        first = this;
    }

    /** The first endpoint not yet closed, or null; then {@link #nextOpen()}. */
    public static Endpoint firstOpen() {
        return first;
    }

    public Endpoint nextOpen() {
        return nextOpen;
    }

    private void leaveOpenList() {
        if (prevOpen != null) {
            prevOpen.nextOpen = nextOpen;
        } else {
            first = nextOpen;
        }
        if (nextOpen != null) {
            nextOpen.prevOpen = prevOpen;
        }
        prevOpen = null;
        nextOpen = null;
    }

    /** The capabilities in the queued messages, appended to out. */
    public void queuedCaps(ArrayList<Capability> out) {
        for (Message m : queue) {
            for (Capability c : m.caps) {
                if (c != null && !c.isDead()) {
                    out.add(c);
                }
            }
        }
    }

    /** True if a queued message still carries a capability. */
    public boolean holdsCaps() {
        for (Message m : queue) {
            if (m.liveCaps() > 0) {
                return true;
            }
        }
        return false;
    }

    /** A new channel: its two endpoints. */
    public static Endpoint[] pair() {
        Endpoint a = new Endpoint();
        Endpoint b = new Endpoint();
        a.peer = b;
        b.peer = a;
        return new Endpoint[] {a, b};
    }

    /** What {@link #send} would answer now: SENT, FULL or PEER_GONE. */
    public int check() {
        if (closed || peer == null || peer.closed) {
            return PEER_GONE;
        }
        return peer.queue.size() >= QUEUE_LIMIT ? FULL : SENT;
    }

    /** Queues m at the peer: SENT, FULL or PEER_GONE (then m is untouched: the caller keeps its caps). */
    public int send(Message m) {
        if (closed || peer == null || peer.closed) {
            return PEER_GONE;
        }
        if (peer.queue.size() >= QUEUE_LIMIT) {
            return FULL;
        }
        peer.queue.add(m);
        if (m.caps.length > 0) {
            queuedWithCaps++;
        }
        sent++;
        peer.messages.wake();
        return SENT;
    }

    /** The first queued message, or null. */
    public Message peek() {
        return queue.peek();
    }

    /** Takes the first queued message (a writer waiting for room may go on). */
    public Message poll() {
        Message m = queue.poll();
        if (m != null && m.caps.length > 0) {
            queuedWithCaps--;
        }
        room.wake();
        return m;
    }

    public int queued() {
        return queue.size();
    }

    /** True if the other end is closed. */
    public boolean peerGone() {
        return peer == null || peer.closed;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The "message queued (or peer gone)" event. */
    public Waitable messages() {
        return messages;
    }

    /**
     * The "the peer's queue has room (or is gone)" event: a WRITE to a full pipe waits on it
     * and tries again. Null when the peer is gone already (a send answers PEER_GONE).
     */
    public Waitable roomAtPeer() {
        Endpoint p = peer;
        return p == null ? null : p.room;
    }

    /** The "peer closed" event. */
    public Waitable peerClosed() {
        return peerClosed;
    }

    /**
     * Closes this end (its original capability went): queued messages are dropped and
     * the capabilities in them closed (an original among them takes its object along);
     * the peer's waiters learn of it.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        open--;
        room.wake();
        leaveOpenList();
        while (!queue.isEmpty()) {
            Message m = queue.poll();
            if (m.caps.length > 0) {
                queuedWithCaps--;
            }
            for (Capability c : m.caps) {
                c.close();
            }
        }
        Endpoint p = peer;
        peer = null;
        if (p != null) {
            p.messages.wake();
            p.peerClosed.wake();
        }
    }

    /** Queued messages that were sent with capabilities (some may have died since): 0 means none is in flight. */
    public static long queuedWithCaps() {
        return queuedWithCaps;
    }

    /** Messages sent over all channels so far. */
    public static long sentCount() {
        return sent;
    }

    /** Endpoints not yet closed. */
    public static long openCount() {
        return open;
    }
}

package os2.kernel.cap;

import java.util.ArrayList;
import os2.kernel.sched.Continuation;
import os2.kernel.sched.Scheduler;
import os2.kernel.sched.Waitable;

/**
 * One capability: a kernel object, its kind, the rights this copy grants, and its place
 * in the derivation tree. It is held by at most one {@link CapTable} (a task), or is in
 * flight (in a message or a group, {@code holder == null}). User space sees only the
 * handle its table gave it.
 *
 * <p>Derivation: {@link #derive} makes a child with fewer rights; {@link #revoke} kills
 * every descendant wherever it is. The capability made with an object is its
 * <em>original</em>: when it goes, the object goes ({@link Hooks#destroyed}). A copy
 * closed while it still has descendants stays in the tree as a closed interior node, so
 * revoking an ancestor still reaches them; childless closed nodes are unlinked at once,
 * so the tree never outgrows the live capabilities.
 *
 * <p>It is also the source of the "revoked" event ({@link Waitable}).
 */
public final class Capability implements Waitable {
    /** What the task layer does when capabilities leave a holder or objects die. */
    public interface Hooks {
        /** c left table (closed or revoked): undo what holding it allowed (mappings). */
        void dropped(Capability c, CapTable table);

        /** c was the original: its object is gone for good (free frames, close endpoints). */
        void destroyed(Capability c);
    }

    private static Hooks hooks;
    private static long alive;

    public final Object object;
    public final int kind;
    public final int rights;
    public final boolean original;
    Capability parent;
    private Capability firstChild;
    private Capability next;
    private Capability prev;
    CapTable holder;
    long lo;
    long hi;
    private boolean closed;
    private boolean dead;
    private ArrayList<Continuation> revokeWaiters;
    /** Task-layer state carried while in flight (a region's pages parked between tables). */
    public Object inFlight;

    private Capability(Object object, int kind, int rights, Capability parent, boolean original) {
        this.object = object;
        this.kind = kind;
        this.rights = rights & Rights.ALL;
        this.parent = parent;
        this.original = original;
        alive++;
    }

    /** Installs the task layer's hooks (once, at boot; tests may pass their own). */
    public static void setHooks(Hooks h) {
        hooks = h;
    }

    /** The original capability of a new object. */
    public static Capability create(Object object, int kind, int rights) {
        return new Capability(object, kind, rights, null, true);
    }

    /** A child of this one with rights & mask (never more than this one has). */
    public Capability derive(int mask) {
        Capability c = new Capability(object, kind, rights & mask, this, false);
        c.next = firstChild;
        if (firstChild != null) {
            firstChild.prev = c;
        }
        firstChild = c;
        return c;
    }

    public boolean has(int need) {
        return Rights.has(rights, need);
    }

    public boolean isDead() {
        return dead;
    }

    public CapTable holder() {
        return holder;
    }

    public Capability parent() {
        return parent;
    }

    public long handleLo() {
        return lo;
    }

    public long handleHi() {
        return hi;
    }

    /** True if this is d or an ancestor of d. */
    public boolean isAncestorOf(Capability d) {
        for (Capability a = d; a != null; a = a.parent) {
            if (a == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * Kills every capability derived from this one (transitively, wherever it is held);
     * this one stays. Returns how many died.
     */
    public int revoke() {
        int n = 0;
        Capability c = firstChild;
        firstChild = null;
        // Iterative walk: a deep chain of derivations must not overflow the kernel stack.
        ArrayList<Capability> stack = new ArrayList<>();
        while (c != null) {
            stack.add(c);
            c = c.next;
        }
        while (!stack.isEmpty()) {
            Capability d = stack.remove(stack.size() - 1);
            for (Capability k = d.firstChild; k != null; k = k.next) {
                stack.add(k);
            }
            d.firstChild = null;
            d.parent = null;
            d.next = null;
            d.prev = null;
            if (!d.closed) {
                n++;
            }
            d.kill();
        }
        pruneUp(this);
        return n;
    }

    /**
     * The holder drops this capability (CLOSE, task end). The original takes its object
     * and every derived copy with it; another copy just leaves the tree if it is a leaf.
     */
    public void close() {
        if (dead || closed) {
            return;
        }
        if (original) {
            revoke();
            kill();
            if (hooks != null) {
                hooks.destroyed(this);
            }
            return;
        }
        leaveHolder();
        closed = true;
        alive--;
        wakeRevoked();
        pruneUp(this);
    }

    /** Dies where it is: out of its table (undoing its mappings), out of flight, waiters woken. */
    private void kill() {
        if (dead) {
            return;
        }
        dead = true;
        if (!closed) {
            alive--;
        }
        leaveHolder();
        wakeRevoked();
    }

    /** Out of its table, if in one; the task layer undoes what holding it allowed. */
    private void leaveHolder() {
        CapTable t = holder;
        if (t != null) {
            t.remove(this);
            holder = null;
            if (hooks != null) {
                hooks.dropped(this, t);
            }
        }
    }

    /** Unlinks closed childless nodes from c upwards. */
    private static void pruneUp(Capability c) {
        while (c != null && c.firstChild == null && (c.closed || c.dead) && c.parent != null) {
            Capability p = c.parent;
            if (c.prev != null) {
                c.prev.next = c.next;
            } else {
                p.firstChild = c.next;
            }
            if (c.next != null) {
                c.next.prev = c.prev;
            }
            c.parent = null;
            c.next = null;
            c.prev = null;
            c = p;
        }
    }

    /** Children in the tree (for tests and reports). */
    public int childCount() {
        int n = 0;
        for (Capability k = firstChild; k != null; k = k.next) {
            n++;
        }
        return n;
    }

    /** Capabilities alive (not closed, not dead) in the whole system. */
    public static long alive() {
        return alive;
    }

    @Override
    public void addWaiter(Scheduler s, Continuation c) {
        if (dead || closed) {
            s.start(c);
            return;
        }
        if (revokeWaiters == null) {
            revokeWaiters = new ArrayList<>();
        }
        revokeWaiters.add(c);
    }

    @Override
    public void removeWaiter(Continuation c) {
        if (revokeWaiters != null) {
            revokeWaiters.remove(c);
        }
    }

    private void wakeRevoked() {
        if (revokeWaiters == null) {
            return;
        }
        ArrayList<Continuation> w = revokeWaiters;
        revokeWaiters = null;
        for (int i = 0; i < w.size(); i++) {
            os2.kernel.sched.KernelLoop.scheduler().start(w.get(i));
        }
    }

    @Override
    public String toString() {
        return Kind.name(kind) + " cap (" + Rights.names(rights) + ")" + (original ? " original" : "");
    }
}

package os2.kernel.cap;

/**
 * Capability groups, as in the original OS2: several capabilities moved as one. A group
 * is a capability (kind {@link Kind#GROUP}, rights {@link Rights#TRANSFER} only, so it is
 * never copied) whose members are in flight while it exists. Groups do not nest: a
 * group is never a member. Opening a group hands out its live members (one revoked
 * meanwhile is simply gone) and uses the group up; closing it closes them.
 */
public final class CapGroup {
    /** {@link #check}'s answers. */
    public static final int OK = 0;
    public static final int NOT_TRANSFERABLE = 1;
    public static final int NESTED = 2;
    public static final int DUPLICATE = 3;

    private CapGroup() {
    }

    /** Whether members may form a group: each transferable, none a group, none twice. */
    public static int check(Capability[] members) {
        for (int i = 0; i < members.length; i++) {
            if (!members[i].has(Rights.TRANSFER)) {
                return NOT_TRANSFERABLE;
            }
            if (members[i].kind == Kind.GROUP) {
                return NESTED;
            }
            for (int j = 0; j < i; j++) {
                if (members[j] == members[i]) {
                    return DUPLICATE;
                }
            }
        }
        return OK;
    }

    /** A new group of members, which must already be out of every table (in flight). */
    public static Capability pack(Capability[] members) {
        if (check(members) != OK) {
            throw new IllegalArgumentException("not a valid group");
        }
        for (Capability m : members) {
            if (m.holder != null) {
                throw new IllegalStateException("a member is still held: " + m);
            }
        }
        return Capability.create(members.clone(), Kind.GROUP, Rights.TRANSFER);
    }

    /** The members still alive, in order (not yet handed out). */
    public static Capability[] live(Capability group) {
        Capability[] m = (Capability[]) group.object;
        int n = 0;
        for (Capability c : m) {
            if (c != null && !c.isDead()) {
                n++;
            }
        }
        Capability[] out = new Capability[n];
        n = 0;
        for (Capability c : m) {
            if (c != null && !c.isDead()) {
                out[n++] = c;
            }
        }
        return out;
    }

    /** member has been handed out: the group no longer holds it. */
    public static void release(Capability group, Capability member) {
        Capability[] m = (Capability[]) group.object;
        for (int i = 0; i < m.length; i++) {
            if (m[i] == member) {
                m[i] = null;
            }
        }
    }

    /** The group went: its remaining members close with it. */
    public static void closeMembers(Capability group) {
        Capability[] m = (Capability[]) group.object;
        for (int i = 0; i < m.length; i++) {
            if (m[i] != null) {
                Capability c = m[i];
                m[i] = null;
                c.close();
            }
        }
    }
}

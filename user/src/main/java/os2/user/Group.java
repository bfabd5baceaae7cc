package os2.user;

/**
 * Capability groups: several capabilities moved as one handle (in a message or a grant).
 * Creating a group moves its members out of the caller's table; opening one moves them
 * into the opener's table and consumes the group. Groups do not nest.
 */
public final class Group {
    private Group() {
    }

    /** A group of members (1-64, each with R_TRANSFER; the caller loses them). */
    public static Handle create(Handle... members) {
        long[] words = new long[2 * members.length];
        for (int i = 0; i < members.length; i++) {
            members[i].store(words, i);
        }
        long[] out = new long[2];
        Sys.check(Sys.groupCreate(words, members.length, out), "GROUP_CREATE");
        return Handle.at(out, 0);
    }

    /** The members of group, in the order they were put in (the group handle dies). */
    public static Handle[] open(Handle group) {
        long[] out = new long[2 * Sys.GROUP_MAX];
        int n = (int) Sys.check(Sys.groupOpen(group.lo(), group.hi(), out, Sys.GROUP_MAX), "GROUP_OPEN");
        Handle[] members = new Handle[n];
        for (int i = 0; i < n; i++) {
            members[i] = Handle.at(out, i);
        }
        return members;
    }
}

package os2.user.fuzz;

/**
 * A corpus entry of the guided mode: the calls to re-run and the points they reached
 * first (the call's new points, or the closes' for a whole input). The points decide how
 * often the entry is picked: an entry whose points other calls keep reaching anyway
 * leads nowhere new, one whose points stay rare stands at the edge of what was reached.
 */
final class Entry {
    final Call[] calls;
    final int[] points;

    Entry(Call[] calls, int[] points) {
        this.calls = calls;
        this.points = points;
    }
}

package difftest.pkgb;

/** p190: the second Pair receiver: its m does not override Pair.m. */
public class PairSub extends difftest.pkga.Pair {
    String m() { return "PairSub.m"; }
}

package difftest.pkgb;

/** p190: below Both: overrides both of its slots. */
public class Deep extends difftest.pkga.Both {
    public String m() { return "Deep.m"; }
}

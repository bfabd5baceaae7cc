package difftest.pkga;

/** p190: overrides Base.m (same package) and PubNew.m (public): one method in two vtable slots. */
public class Both extends difftest.pkgb.PubNew {
    public String m() { return "Both.m"; }
}

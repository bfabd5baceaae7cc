package difftest.pkgb;

/** p190: overrides Pub.m (public), and through it Base.m (transitive overriding). */
public class PubSub extends difftest.pkga.Pub {
    public String m() { return "PubSub.m"; }
}

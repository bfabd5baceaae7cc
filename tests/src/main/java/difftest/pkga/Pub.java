package difftest.pkga;

/** p190: overrides Base.m (same package) and makes it public, so other packages can override it further. */
public class Pub extends Base {
    public String m() { return "Pub.m"; }
}

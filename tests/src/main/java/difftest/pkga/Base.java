package difftest.pkga;

/** p190: a package-private method; only classes of this package can override it (JVMS 5.4.5). */
public class Base {
    String m() { return "Base.m"; }

    /** A call that resolves to Base.m. */
    public static String viaBase(Base b) { return b.m(); }

    public String who() { return getClass().getSimpleName(); }
}

package difftest.pkgb;

/** p190: another package: its m is a new method, not an override of Base.m. */
public class Other extends difftest.pkga.Base {
    String m() { return "Other.m"; }

    public static String viaOther(Other o) { return o.m(); }
}

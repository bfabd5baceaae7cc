package difftest.pkgb;

/** p190: a public m in another package: a new method, Base.m still runs through a Base reference. */
public class PubNew extends difftest.pkga.Base {
    public String m() { return "PubNew.m"; }
}

package difftest.pkga;

/** p190: in Base's package, below a class of another package: overrides Base.m, not Other.m. */
public class Same extends difftest.pkgb.Other {
    String m() { return "Same.m"; }
}

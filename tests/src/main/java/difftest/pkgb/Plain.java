package difftest.pkgb;

/** p190: inherits Base.m without declaring m. */
public class Plain extends difftest.pkga.Base {
}

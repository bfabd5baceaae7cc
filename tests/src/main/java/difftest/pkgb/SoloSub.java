package difftest.pkgb;

/** p190: the only instantiated Solo: its m does not override Solo.m. */
public class SoloSub extends difftest.pkga.Solo {
    public String m() { return "SoloSub.m"; }
}

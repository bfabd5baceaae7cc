package difftest.pkga;

/** p190: never instantiated itself; its only instantiated subclass (SoloSub) does not override m. */
public abstract class Solo {
    String m() { return "Solo.m"; }

    public static String viaSolo(Solo s) { return s.m(); }
}

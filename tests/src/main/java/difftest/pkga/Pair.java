package difftest.pkga;

/** p190: a hierarchy with two receiver classes (the class-compare dispatch). */
public class Pair {
    String m() { return "Pair.m"; }

    public static String viaPair(Pair p) { return p.m(); }
}

package java.lang;

/**
 * The table behind String.intern: an open-addressing hash set of strings, seeded
 * with the program's literals (which the compiler emits already interned), so that
 * {@code new String("a").intern() == "a"}.
 */
final class Interned {
    private static String[] table;
    private static int count;

    private Interned() {
    }

    static String intern(String s) {
        if (table == null) {
            table = new String[256];
            String[] lits = VMHelper.literals();
            if (lits != null) {
                for (String l : lits) {
                    add(l);
                }
            }
        }
        return add(s);
    }

    /** Returns the canonical instance equal to s, adding s if there is none. */
    private static String add(String s) {
        String[] t = table;
        int mask = t.length - 1;
        int i = spread(s.hashCode()) & mask;
        while (t[i] != null) {
            if (t[i].equals(s)) {
                return t[i];
            }
            i = (i + 1) & mask;
        }
        t[i] = s;
        if (++count * 2 > t.length) {
            grow();
        }
        return s;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static void grow() {
        String[] old = table;
        String[] t = new String[old.length * 2];
        int mask = t.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = spread(s.hashCode()) & mask;
                while (t[i] != null) {
                    i = (i + 1) & mask;
                }
                t[i] = s;
            }
        }
        table = t;
    }
}

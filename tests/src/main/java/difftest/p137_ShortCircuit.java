package difftest;

public class p137_ShortCircuit {
    static int calls;
    static boolean T(String s) { calls++; System.out.print(s + " "); return true; }
    static boolean F(String s) { calls++; System.out.print(s + " "); return false; }

    public static void main(String[] args) {
        System.out.println("= " + (F("a") && T("b")));
        System.out.println("= " + (T("a") || F("b")));
        System.out.println("= " + (T("a") && F("b") || T("c")));
        System.out.println("= " + (F("a") || F("b") && T("c")));
        System.out.println("= " + (F("a") & T("b")));
        System.out.println("= " + (T("a") | F("b")));
        System.out.println("= " + (T("a") ^ T("b")));
        System.out.println("= " + !(T("a") && (F("b") || T("c"))));
        String s = null;
        System.out.println(s != null && s.length() > 0);
        System.out.println(s == null || s.isEmpty());
        boolean x = false;
        x |= T("or-assign");
        x &= F("and-assign");
        System.out.println("= " + x + " calls=" + calls);
        int n = 0;
        if (n != 0 && 10 / n > 1) System.out.println("no"); else System.out.println("guarded division");
        boolean[] flags = {true, false, true};
        int cnt = 0;
        for (boolean f : flags) if (f || T("never")) cnt++;
        System.out.println(cnt);
    }
}

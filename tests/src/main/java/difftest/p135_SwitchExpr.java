package difftest;

public class p135_SwitchExpr {
    enum Level { LOW, MID, HIGH }

    static int score(String s) {
        return switch (s) {
            case "a", "b" -> 1;
            case "c" -> {
                int t = s.length() * 10;
                yield t + 1;
            }
            default -> {
                if (s.isEmpty()) yield -1;
                yield s.length();
            }
        };
    }

    static String level(Level l) {
        return switch (l) { case LOW -> "l"; case MID -> "m"; case HIGH -> "h"; };
    }

    static int oldStyle(int k) {
        int r = switch (k) {
            case 1:
            case 2:
                yield 12;
            case 3:
                System.out.print("(three) ");
            case 4:
                yield 34;
            default:
                yield k * k;
        };
        return r;
    }

    public static void main(String[] args) {
        for (String s : new String[]{"a", "b", "c", "", "hello"}) System.out.print(score(s) + " ");
        System.out.println();
        for (Level l : Level.values()) System.out.print(level(l));
        System.out.println();
        for (int k = 0; k <= 5; k++) System.out.print(oldStyle(k) + " ");
        System.out.println();
        char c = 'x';
        var desc = switch (c) { case 'x', 'y', 'z' -> "late"; default -> "early"; };
        System.out.println(desc);
        long big = switch (3) { case 3 -> 1L << 40; default -> 0; };
        System.out.println(big);
        try {
            Level nl = null;
            System.out.println(level(nl));
        } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}

package difftest;

public class p165_Varargs {
    static int count(int... xs) { return xs.length; }
    static String join(String sep, Object... parts) {
        if (parts == null) return "null array";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) { if (i > 0) sb.append(sep); sb.append(parts[i]); }
        return sb.toString();
    }
    static String pick(Object o) { return "single"; }
    static String pick(Object... o) { return "varargs"; }
    static long sum(long first, long... rest) { long s = first; for (long r : rest) s += r; return s; }

    public static void main(String[] args) {
        System.out.println(count() + " " + count(1) + " " + count(1, 2, 3) + " " + count(new int[]{4, 5}));
        System.out.println(join("-") + "|" + join("-", "a") + "|" + join("-", "a", 1, 'c', 2.5, null) + "|" + join(",", (Object[]) new String[]{"x", "y"}));
        System.out.println(join(",", (Object) new String[]{"x", "y"}).startsWith("[Ljava.lang.String;"));
        System.out.println(join(",", (Object[]) null));
        System.out.println(pick("a") + " " + pick("a", "b") + " " + pick() );
        System.out.println(sum(1) + " " + sum(1, 2, 3) + " " + sum(1, Integer.MAX_VALUE, Integer.MAX_VALUE));
        System.out.println(String.format("%s %s %s", 1, 2, 3) + " " + java.util.Arrays.asList(1, 2, 3).size());
    }
}

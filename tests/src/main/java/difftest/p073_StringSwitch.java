package difftest;

public class p073_StringSwitch {
    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "hello": return 6;
            case "": return 7;
            case "world": case "earth": return 8;
            default: return -1;
        }
    }

    static String kind(String s) {
        return switch (s) {
            case "apple", "pear" -> "fruit";
            case "carrot" -> "veg";
            case "Ab", "BC" -> "collide?";
            default -> {
                String r = "unknown(" + s.length() + ")";
                yield r;
            }
        };
    }

    public static void main(String[] args) {
        String[] ins = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "hello", "", "world", "earth", "Hello", "C#"};
        for (String s : ins) System.out.println(s + " -> " + code(s) + " hash " + s.hashCode());
        String[] ks = {"apple", "pear", "carrot", "Ab", "BC", "xyz"};
        for (String s : ks) System.out.println(kind(s));
        String built = new StringBuilder("he").append("llo").toString();
        System.out.println(code(built));
        try { code(null); } catch (NullPointerException e) { System.out.println("NPE on null switch"); }
    }
}

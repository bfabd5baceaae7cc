package difftest;

public class p087_StringFormatStrings {
    static class P { public String toString() { return "P!"; } }

    public static void main(String[] args) {
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.2s] [%S]", "hello", "hello", "hello", "hello", "hello"));
        System.out.println(String.format("[%s] [%s] [%s] [%s] [%s]", null, 5, 'c', 2.5, new P()));
        System.out.println(String.format("[%c] [%c] [%3c] [%-3c] [%C]", 'a', 65, 'z', 'y', 'q'));
        System.out.println(String.format("[%b] [%b] [%b] [%b] [%5b] [%B]", true, false, null, "nonnull", true, true));
        System.out.println(String.format("100%% done%n").replace("\n", "\\n"));
        System.out.println(String.format("%s-%s-%s", "a", "b", "c"));
        System.out.println(String.format("%-8s|%8s|", "left", "right"));
        System.out.println(String.format("no args"));
        System.out.println("%d items at %.2f".formatted(3, 9.5));
        try { String.format("%d", "notanint"); } catch (java.util.IllegalFormatException e) { System.out.println("IFE " + e.getClass().getSimpleName()); }
        try { String.format("%s %s", "one"); } catch (java.util.IllegalFormatException e) { System.out.println("IFE " + e.getClass().getSimpleName()); }
    }
}

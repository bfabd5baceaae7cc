package difftest;

public class p104_EnumValueOf {
    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) {
        String[] names = {"RED", "BLUE", "red", "PURPLE", ""};
        for (String n : names) {
            try { System.out.println(Color.valueOf(n).ordinal()); }
            catch (IllegalArgumentException e) { System.out.println("IAE: " + e.getMessage()); }
        }
        try { Color.valueOf(null); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        System.out.println(Enum.valueOf(Color.class, "GREEN"));
        try { Enum.valueOf(Color.class, "NOPE"); } catch (IllegalArgumentException e) { System.out.println("IAE: " + e.getMessage()); }
    }
}

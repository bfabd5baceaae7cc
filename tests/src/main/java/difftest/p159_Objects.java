package difftest;

import java.util.Objects;

public class p159_Objects {
    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a") + " " + Objects.equals(1, 1L));
        System.out.println(Objects.hashCode(null) + " " + Objects.hashCode("a") + " " + Objects.hash(1, "two", null, 3.0) + " " + Objects.hash());
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(5));
        System.out.println(Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "get"));
        System.out.println(Objects.compare("a", "b", String::compareTo) + " " + Objects.deepEquals(new int[]{1}, new int[]{1}) + " " + Objects.equals(new int[]{1}, new int[]{1}));
        try { Objects.requireNonNull(null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try { Objects.requireNonNull(null, () -> "supplied msg"); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try { Objects.checkIndex(5, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        System.out.println(Objects.checkIndex(2, 3));
        System.out.println(java.util.Arrays.hashCode(new Object[]{1, "two", null, 3.0}));
    }
}

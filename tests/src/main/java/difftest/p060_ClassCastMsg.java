package difftest;

public class p060_ClassCastMsg {
    static class Animal { }
    static class Dog extends Animal { }
    static class Cat extends Animal { }
    interface Flyer { }

    static void tryCast(Runnable r) {
        try { r.run(); System.out.println("no exception"); }
        catch (ClassCastException e) {
            // JDK 17 appends " (X and Y are in unnamed module of loader 'app')": compare only the part before it
            String m = e.getMessage();
            int k = m.indexOf(" (");
            System.out.println("CCE: " + (k < 0 ? m : m.substring(0, k)));
        }
    }

    public static void main(String[] args) {
        Object cat = new Cat();
        tryCast(() -> { Dog d = (Dog) cat; });
        tryCast(() -> { Flyer f = (Flyer) cat; });
        Object s = "str";
        tryCast(() -> { Integer i = (Integer) s; });
        Object n = 3;
        tryCast(() -> { String x = (String) n; });
        Object arr = new int[1];
        tryCast(() -> { long[] l = (long[]) arr; });
        Object sarr = new String[1];
        tryCast(() -> { Integer[] l = (Integer[]) sarr; });
        tryCast(() -> { Object[] l = (Object[]) sarr; });
        tryCast(() -> { Object[] l = (Object[]) arr; });
        Object[] dogs = new Dog[1];
        tryCast(() -> { Cat[] c = (Cat[]) dogs; });
        Object grid = new Dog[1][1];
        tryCast(() -> { Animal[][] g = (Animal[][]) grid; });
        tryCast(() -> { Cat[][] g = (Cat[][]) grid; });
        java.util.List<Object> raw = new java.util.ArrayList<>();
        raw.add(1);
        @SuppressWarnings("unchecked") java.util.List<String> strs = (java.util.List<String>) (Object) raw;
        tryCast(() -> { String x = strs.get(0); });
    }
}

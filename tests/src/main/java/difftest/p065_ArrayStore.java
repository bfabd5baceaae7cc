package difftest;

public class p065_ArrayStore {
    static class Animal { }
    static class Dog extends Animal { }
    static class Cat extends Animal { }

    public static void main(String[] args) {
        Object[] strs = new String[2];
        try { strs[0] = "ok"; strs[1] = 1; } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        System.out.println(strs[0] + " " + strs[1]);
        Animal[] dogs = new Dog[2];
        dogs[0] = new Dog();
        try { dogs[1] = new Cat(); } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        dogs[1] = null;
        System.out.println("null store ok");
        Object[][] grid = new Integer[2][2];
        try { grid[0] = new String[1]; } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        try { grid[0][0] = "s"; } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        grid[1] = new Integer[]{5};
        System.out.println(grid[1][0]);
        Object[] objs = new Object[1];
        objs[0] = "anything";
        objs[0] = new int[3];
        Comparable<?>[] cs = new Integer[1];
        try { ((Object[]) cs)[0] = "x"; } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        Object[] ifaces = new Runnable[1];
        ifaces[0] = (Runnable) () -> { };
        try { ifaces[0] = new Object(); } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        try {
            System.arraycopy(new Object[]{"a", 1}, 0, new String[2], 0, 2);
        } catch (ArrayStoreException e) { System.out.println("arraycopy ASE"); }
    }
}

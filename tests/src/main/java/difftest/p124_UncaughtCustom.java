package difftest;

public class p124_UncaughtCustom {
    static class MyChecked extends Exception {
        MyChecked(String m, Throwable cause) { super(m, cause); }
    }

    public static void main(String[] args) throws MyChecked {
        System.out.println("before");
        try {
            Object o = "x";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("wrapping");
            throw new MyChecked("custom checked escapes main", e);
        }
    }
}

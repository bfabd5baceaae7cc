package difftest;

public class p118_Suppressed {
    public static void main(String[] args) {
        Exception main = new Exception("main");
        main.addSuppressed(new RuntimeException("s1"));
        main.addSuppressed(new IllegalStateException("s2"));
        System.out.println(main.getSuppressed().length);
        for (Throwable t : main.getSuppressed()) System.out.println(t);
        try { main.addSuppressed(main); } catch (IllegalArgumentException e) { System.out.println("self-suppression: IAE"); }
        try { main.addSuppressed(null); } catch (NullPointerException e) { System.out.println("null suppression: NPE"); }
        Throwable noMsg = new RuntimeException();
        System.out.println(noMsg.getMessage() + " " + noMsg + " " + noMsg.getLocalizedMessage());
        Throwable withCause = new RuntimeException(new IllegalArgumentException("inner"));
        System.out.println(withCause.getMessage() + " | " + withCause);
        Error err = new AssertionError("assert msg");
        System.out.println(err + " " + (err instanceof Error));
        AssertionError ae = new AssertionError(42);
        System.out.println(ae.getMessage());
    }
}

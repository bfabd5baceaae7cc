package difftest;

public class p126_UncaughtInClinit {
    static class Config {
        static final int VALUE;
        static {
            System.out.println("Config initialising");
            VALUE = Integer.parseInt("not a number");
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println(Config.VALUE);
    }
}

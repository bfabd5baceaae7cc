package os2.user.demo;

/** Ends with an uncaught exception: its stack trace on the console and exit status 1. */
public final class Throw {
    private Throw() {
    }

    public static void main(String[] args) {
        System.out.println("about to throw");
        fail(args.length > 0 ? args[0] : "deliberate");
    }

    private static void fail(String why) {
        throw new IllegalStateException(why);
    }
}

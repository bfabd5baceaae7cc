package os2.user.demo;

/** Prints its arguments, one per line, numbered. */
public final class Echo {
    private Echo() {
    }

    public static void main(String[] args) {
        System.out.println("argc=" + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": " + args[i]);
        }
    }
}

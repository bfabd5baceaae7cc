package os2.user.demo;

/** Prints a line, then exits with the status given as its first argument (default 0). */
public final class Exit {
    private Exit() {
    }

    public static void main(String[] args) {
        int status = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        System.out.println("exiting with " + status);
        System.exit(status);
    }
}

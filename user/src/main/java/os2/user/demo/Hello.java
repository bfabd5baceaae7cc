package os2.user.demo;

/** The first OS2 user program: one line on the console, exit status 0. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("Hello from Java on OS2");
    }
}

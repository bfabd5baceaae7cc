package difftest;

import java.io.IOException;

public class p115_Rethrow {
    static void io(boolean fail) throws IOException { if (fail) throw new IOException("io failed"); }

    static void precise(int which) throws IOException, InterruptedException {
        try {
            if (which == 1) io(true);
            if (which == 2) throw new InterruptedException("interrupted");
            if (which == 3) throw new IllegalArgumentException("iae");
        } catch (Exception e) {
            System.out.println("rethrowing " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static void wrap() {
        try { io(true); }
        catch (IOException e) { throw new RuntimeException("wrapped", e); }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 3; i++) {
            try { precise(i); System.out.println(i + " ok"); }
            catch (IOException | InterruptedException e) { System.out.println(i + " checked " + e.getMessage()); }
            catch (RuntimeException e) { System.out.println(i + " unchecked " + e.getMessage()); }
        }
        try { wrap(); } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
            System.out.println(e.toString() + " | " + e.getCause().toString());
        }
        RuntimeException same = new RuntimeException("same object");
        try {
            try { throw same; } catch (RuntimeException e) { throw e; }
        } catch (RuntimeException e) { System.out.println((e == same) + " " + e.getMessage()); }
        Throwable t = new Exception("outer", new Error("middle", new RuntimeException("root")));
        int depth = 0;
        for (Throwable c = t; c != null; c = c.getCause()) { System.out.println("  ".repeat(depth++) + c); }
        Exception init = new Exception("late");
        init.initCause(new IllegalStateException("cause set later"));
        System.out.println(init.getCause().getMessage());
        try { init.initCause(null); } catch (IllegalStateException e) { System.out.println("initCause twice: ISE"); }
    }
}

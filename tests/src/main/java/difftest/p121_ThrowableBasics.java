package difftest;

public class p121_ThrowableBasics {
    static int depth(int n) {
        if (n == 0) throw new IllegalStateException("bottom");
        return depth(n - 1) + 1;
    }

    public static void main(String[] args) {
        try { depth(50); } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " " + (e.getStackTrace() != null));
        }
        Throwable[] ts = {new Throwable(), new Throwable("m"), new Exception("e", null), new RuntimeException((String) null),
                new IllegalArgumentException("iae"), new UnsupportedOperationException(), new IndexOutOfBoundsException(7),
                new ArrayIndexOutOfBoundsException("custom"), new StringIndexOutOfBoundsException(3), new NumberFormatException("nfe"),
                new ClassCastException("cce"), new ArithmeticException(), new IllegalStateException("ise", new Error("x")), new OutOfMemoryError("oom"),
                new StackOverflowError(), new java.util.NoSuchElementException("nse"), new java.io.IOException("io"), new java.io.UncheckedIOException("u", new java.io.IOException("i")),
                new CloneNotSupportedException(), new InterruptedException("int")};
        for (Throwable t : ts) System.out.println(t + " | " + t.getMessage() + " | " + (t.getCause() == null ? "-" : t.getCause().toString()));
        int caught = 0;
        for (int i = 0; i < 100000; i++) {
            try { if (i % 3 == 0) throw new RuntimeException("r" + i); } catch (RuntimeException e) { caught++; }
        }
        System.out.println("caught " + caught);
    }
}

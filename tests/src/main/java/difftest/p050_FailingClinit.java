package difftest;

public class p050_FailingClinit {
    static class Bad {
        static int value = compute();
        static int compute() {
            System.out.println("computing");
            if (value == 0) throw new IllegalStateException("boom in clinit");
            return 1;
        }
        static void touch() { System.out.println("touched"); }
    }
    static class BadError {
        static { if (true) throw new StackOverflowErrorLike("custom error"); }
        static int x;
    }
    static class StackOverflowErrorLike extends Error {
        StackOverflowErrorLike(String m) { super(m); }
    }
    static class Good {
        static { System.out.println("init Good"); }
        static int z = 3;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            try {
                Bad.touch();
            } catch (ExceptionInInitializerError e) {
                System.out.println("EIIE cause=" + e.getCause().getClass().getName() + ": " + e.getCause().getMessage() + " msg=" + e.getMessage());
            } catch (NoClassDefFoundError e) {
                System.out.println("NCDFE " + e.getClass().getName());
            }
        }
        try { System.out.println(BadError.x); } catch (Throwable t) { System.out.println("first: " + t.getClass().getName() + " " + t.getMessage()); }
        try { System.out.println(BadError.x); } catch (Throwable t) { System.out.println("second: " + t.getClass().getName()); }
        try { new Bad(); } catch (NoClassDefFoundError e) { System.out.println("new Bad: NCDFE"); }
        System.out.println(Good.z);
    }
}

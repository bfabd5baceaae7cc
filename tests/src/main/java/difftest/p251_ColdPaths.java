package difftest;

/**
 * Methods whose only calls lie on paths that end in a throw, and class initialisation from
 * methods that otherwise call nothing: the compiler moves those paths out of line (a cold
 * function standing for the method, runtime helpers linking its frame), so every frame and
 * line of the traces, the messages, and what an initialiser sees must match the JVM's.
 */
public class p251_ColdPaths {
    static final class Pile {
        final int[] sizes = new int[4];
        final Object[] items = new Object[4];
        int top;

        void push(int size) {
            if (top == sizes.length) {
                throw new IllegalStateException("pile full at " + top + " pushing " + size);
            }
            if (top > 0 && size >= sizes[top - 1]) {
                throw new IllegalArgumentException("size " + size + " on " + sizes[top - 1]);
            }
            sizes[top++] = size;
        }

        int pop() {
            if (top == 0) {
                throw new IllegalStateException("empty");
            }
            return sizes[--top];
        }

        /** Two conditions lead to one throw whose message needs a call and an array access. */
        int pick(int i, int j) {
            if (i < 0 || j < 0) {
                throw new IndexOutOfBoundsException(describe(i, j) + " / " + sizes[top]);
            }
            return sizes[i] + sizes[j];
        }

        /** The doomed path itself fails: the message reads a null field. */
        void failBadly(int k) {
            if (k > 2) {
                Object o = items[k];
                throw new RuntimeException("item " + o.toString());
            }
            items[k] = "x" + k;
        }

        /** A switch on the doomed path: several messages, one throw. */
        int kind(int k) {
            if (k >= 0 && k < 3) {
                return sizes[k];
            }
            String why;
            switch (k) {
                case -1: why = "minus one"; break;
                case 3: why = "three"; break;
                default: why = "other " + k; break;
            }
            throw new UnsupportedOperationException(why);
        }
    }

    static String describe(int i, int j) {
        return "(" + i + ", " + j + ")";
    }

    /** The exception's own constructor throws: the trace is of that failure, from the doomed call. */
    static final class Fussy extends RuntimeException {
        Fussy(String s) {
            super(s.substring(10));
        }
    }

    static void fussy(int v) {
        if (v < 0) {
            throw new Fussy("short" + v);
        }
    }

    static final class Lines {
        static final StringBuilder SEEN = new StringBuilder();
        static final int BASE;

        static {
            for (StackTraceElement e : new Throwable().getStackTrace()) {
                if (e.getClassName().startsWith("difftest.p251") && !e.getClassName().contains("$$Lambda")
                        && !e.getMethodName().startsWith("lambda$")) {
                    SEEN.append(' ').append(e.getMethodName()).append(':').append(e.getLineNumber());
                }
            }
            BASE = 40;
        }

        static int twice(int x) {
            return 2 * x;
        }
    }

    /** A leaf whose only call is to a method that cannot throw, in a class with an initialiser. */
    static int viaInit(int x) {
        return Lines.twice(x) + 1;
    }

    static final class Broken {
        static final int VALUE;

        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("broken initialiser");
            }
            VALUE = 1;
        }

        static int get() {
            return 5;
        }
    }

    static int readBroken(int x) {
        return x + Broken.VALUE;
    }

    static int callBroken(int x) {
        return x + Broken.get();
    }

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static void show(String what, Throwable t) {
        StringBuilder sb = new StringBuilder(what).append(": ").append(t.getClass().getName())
                .append(" [").append(t.getMessage()).append(']');
        for (StackTraceElement e : t.getStackTrace()) {
            // the program's own frames (not the JVM's hidden lambda classes, not lambda bodies and their
            // accessors, which compiled code shows and the JVM names differently)
            if (e.getClassName().startsWith("difftest.p251") && !e.getClassName().contains("$$Lambda")
                    && !e.getMethodName().startsWith("access$") && !e.getMethodName().startsWith("lambda$")) {
                sb.append(" <- ").append(e.getMethodName()).append(':').append(e.getLineNumber());
            }
        }
        System.out.println(sb);
        if (t.getCause() != null) {
            show(what + " cause", t.getCause());
        }
    }

    static void call(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (RuntimeException | Error e) {
            show(what, e);
        }
    }

    public static void main(String[] args) {
        Pile p = new Pile();
        call("push", () -> {
            p.push(9);
            p.push(7);
            p.push(8);
        });
        call("push-full", () -> {
            p.push(5);
            p.push(3);
            p.push(1);
        });
        call("pop", () -> {
            int s = 0;
            for (int i = 0; i < 5; i++) {
                s += p.pop();
            }
        });
        call("pick-ok", () -> System.out.println(p.pick(0, 1)));
        call("pick-i", () -> p.pick(-1, 0));
        call("pick-j", () -> p.pick(0, -2));
        p.top = 4;
        call("pick-top", () -> p.pick(-1, -1));
        call("fail-ok", () -> p.failBadly(1));
        call("fail-npe", () -> p.failBadly(3));
        call("fail-index", () -> p.failBadly(9));
        for (int k = -2; k <= 4; k++) {
            final int kk = k;
            call("kind " + k, () -> System.out.println(p.kind(kk)));
        }
        call("fussy-ok", () -> fussy(1));
        call("fussy", () -> fussy(-1));
        call("init", () -> System.out.println(viaInit(3) + Lines.BASE + Lines.SEEN.toString()));
        call("broken-read", () -> readBroken(1));
        call("broken-read-again", () -> readBroken(2));
        call("broken-call", () -> callBroken(3));
        int[] a = {1, 2, 3, 4, 5};
        long sum = 0;
        for (int r = 0; r < 1000; r++) {
            swap(a, r % 5, (r * 3) % 5);
            sum = sum * 31 + a[0] + 7L * a[4];
        }
        System.out.println("sum " + sum);
        call("swap", () -> {
            for (int r = 0; r < 10; r++) {
                swap(a, r, 0);
            }
        });
        System.out.println(a[0] + " " + a[4]);
    }
}

package difftest;

/**
 * Stack traces through methods that call nothing (their frame is linked only on the way
 * to a throw) and through calls the compiler treats as unable to throw: every frame and
 * line of the program must match the JVM's, for each kind of check a leaf can fail.
 */
public class p250_LeafFrameTraces {
    static final class Box {
        int v;
        Box next;
        final Object[] slots = new String[2];

        int getV() {
            return v;
        }

        void setV(int x) {
            v = x;
        }
    }

    static int field(Box b) {
        return b.v;
    }

    static int element(int[] a, int i) {
        int x = a[0];
        return x + a[i];
    }

    static int divide(int a, int b) {
        int q = a + 1;
        return q / b;
    }

    static String cast(Object o) {
        return (String) o;
    }

    static void store(Box b, Object o) {
        b.slots[1] = o;
    }

    static void rethrow(RuntimeException e) {
        throw e;
    }

    static int sumGetters(Box b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            b.setV(b.getV() + i);
            s += b.getV();
        }
        return s + field(b.next);
    }

    static void show(String what, Throwable t) {
        StringBuilder sb = new StringBuilder(what).append(": ").append(t.getClass().getName());
        for (StackTraceElement e : t.getStackTrace()) {
            // compiled code also shows the synthetic accessors its lambdas call; the JVM hides them
            if (e.getClassName().equals("difftest.p250_LeafFrameTraces") && !e.getMethodName().startsWith("access$")) {
                sb.append(" <- ").append(e.getMethodName()).append(':').append(e.getLineNumber());
            }
        }
        System.out.println(sb);
    }

    static void call(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (RuntimeException e) {
            show(what, e);
        }
    }

    public static void main(String[] args) {
        Box b = new Box();
        call("field", () -> field(null));
        call("element", () -> element(new int[3], 3));
        call("element-null", () -> element(null, 0));
        call("divide", () -> divide(7, 0));
        call("cast", () -> cast(Integer.valueOf(3)));
        call("store", () -> store(b, Integer.valueOf(4)));
        call("rethrow", () -> rethrow(new IllegalStateException("made here")));
        call("getters", () -> System.out.println(sumGetters(b, 5)));
        b.next = new Box();
        call("getters-ok", () -> System.out.println(sumGetters(b, 5)));
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            total += element(new int[] {i, i + 1}, 1) + divide(i, 3);
        }
        System.out.println("total " + total);
        System.out.println(element(new int[2], -1));
    }
}

package difftest;

public class p111_TryFinallyPaths {
    static StringBuilder log = new StringBuilder();

    static int normal() {
        int x = 1;
        try { x = 2; log.append("try "); } finally { x = 3; log.append("finally "); }
        return x;
    }

    static int returnInTry() {
        int x = 1;
        try { return x; } finally { x = 99; log.append("finally-after-return "); }
    }

    static int exceptionPath() {
        try {
            try { throw new IllegalStateException("inner"); }
            finally { log.append("finally-on-exc "); }
        } catch (IllegalStateException e) {
            log.append("caught-" + e.getMessage() + " ");
            return 7;
        } finally {
            log.append("outer-finally ");
        }
    }

    static String uncaughtThroughFinally() {
        try {
            try { Object o = null; o.hashCode(); return "unreached"; }
            finally { log.append("finally-before-propagate "); }
        } catch (NullPointerException e) { return "npe-propagated"; }
    }

    static int loops() {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                sum += i;
            } finally {
                sum += 100;
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println(normal() + " " + log); log.setLength(0);
        System.out.println(returnInTry() + " " + log); log.setLength(0);
        System.out.println(exceptionPath() + " " + log); log.setLength(0);
        System.out.println(uncaughtThroughFinally() + " " + log); log.setLength(0);
        System.out.println(loops());
    }
}

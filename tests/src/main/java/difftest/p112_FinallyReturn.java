package difftest;

public class p112_FinallyReturn {
    @SuppressWarnings("finally")
    static int override() {
        try { return 1; } finally { return 2; }
    }

    @SuppressWarnings("finally")
    static String discard() {
        try { throw new RuntimeException("lost"); } finally { return "exception discarded"; }
    }

    @SuppressWarnings("finally")
    static String discardChecked() throws Exception {
        try { throw new Exception("checked lost"); } finally { return "checked discarded"; }
    }

    static int[] arr = {0};
    static int returnsOldValue() {
        int x = 10;
        try { return x; } finally { x = 20; arr[0] = x; }
    }

    static StringBuilder mutable() {
        StringBuilder sb = new StringBuilder("a");
        try { return sb; } finally { sb.append("-finally"); }
    }

    @SuppressWarnings("finally")
    static int nested() {
        try {
            try { return 1; } finally { if (arr[0] > 0) return 2; }
        } finally {
            arr[0] = -1;
        }
    }

    @SuppressWarnings("finally")
    static String throwInFinally() {
        try {
            try { throw new IllegalStateException("first"); }
            finally { throw new IllegalArgumentException("second"); }
        } catch (RuntimeException e) { return e.getClass().getSimpleName() + ":" + e.getMessage() + " suppressed=" + e.getSuppressed().length; }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(override());
        System.out.println(discard());
        System.out.println(discardChecked());
        System.out.println(returnsOldValue() + " " + arr[0]);
        System.out.println(mutable());
        System.out.println(nested() + " " + arr[0]);
        System.out.println(throwInFinally());
    }
}

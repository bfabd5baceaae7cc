package difftest;

/**
 * An uncaught StackOverflowError: what the program printed before is flushed, the report names the error and
 * shows the innermost 1024 frames (the JVM's default MaxJavaStackTraceDepth), and the exit status is 1.
 */
public class p192_StackOverflowUncaught {
    static int down(int n) { return down(n + 1) + 1; }

    public static void main(String[] args) {
        System.out.println("printed before the overflow");
        System.out.print("and a line without its end");
        down(0);
    }
}

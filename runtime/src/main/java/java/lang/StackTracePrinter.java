package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Prints a throwable, its suppressed exceptions and its causes in the JDK's format:
 * frames shared with the enclosing trace are folded into "... n more", and a
 * throwable seen twice is shown as "[CIRCULAR REFERENCE: ...]".
 */
final class StackTracePrinter {
    private final PrintStream ps;
    private final PrintWriter pw;
    /** Throwables already printed (identity), to stop on cycles. */
    private Throwable[] seen = new Throwable[8];
    private int seenCount;

    StackTracePrinter(PrintStream ps, PrintWriter pw) {
        this.ps = ps;
        this.pw = pw;
    }

    private void line(String s) {
        if (ps != null) {
            ps.println(s);
        } else {
            pw.println(s);
        }
    }

    void print(Throwable t) {
        markSeen(t);
        line(String.valueOf(t));
        StackTraceElement[] trace = t.framesForPrinting();
        for (StackTraceElement e : trace) {
            line("\tat " + e);
        }
        for (Throwable s : t.getSuppressed()) {
            printEnclosed(s, trace, "Suppressed: ", "\t");
        }
        Throwable cause = t.getCause();
        if (cause != null) {
            printEnclosed(cause, trace, "Caused by: ", "");
        }
    }

    private void printEnclosed(Throwable t, StackTraceElement[] enclosing, String caption, String prefix) {
        if (wasSeen(t)) {
            line(prefix + caption + "[CIRCULAR REFERENCE: " + t + "]");
            return;
        }
        markSeen(t);
        StackTraceElement[] trace = t.framesForPrinting();
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        line(prefix + caption + t);
        for (int i = 0; i <= m; i++) {
            line(prefix + "\tat " + trace[i]);
        }
        if (inCommon != 0) {
            line(prefix + "\t... " + inCommon + " more");
        }
        for (Throwable s : t.getSuppressed()) {
            printEnclosed(s, trace, "Suppressed: ", prefix + "\t");
        }
        Throwable cause = t.getCause();
        if (cause != null) {
            printEnclosed(cause, trace, "Caused by: ", prefix);
        }
    }

    private boolean wasSeen(Throwable t) {
        for (int i = 0; i < seenCount; i++) {
            if (seen[i] == t) {
                return true;
            }
        }
        return false;
    }

    private void markSeen(Throwable t) {
        if (seenCount == seen.length) {
            Throwable[] bigger = new Throwable[seenCount * 2];
            System.arraycopy(seen, 0, bigger, 0, seenCount);
            seen = bigger;
        }
        seen[seenCount++] = t;
    }
}

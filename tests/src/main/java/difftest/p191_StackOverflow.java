package difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Deep recursion throws StackOverflowError, which the program catches and survives (again and again), through
 * static, virtual, interface and lambda calls, in an object's toString, and with a finally on the way out. The
 * depth reached differs between the JVM and native code, so only what the JVM guarantees is printed.
 */
public class p191_StackOverflow {
    static int depth;

    static long sum(long n) { depth++; return n + sum(n + 1); }

    interface Node { int down(int n); }

    static final class Chain implements Node {
        Node next = this;
        public int down(int n) { depth++; return next.down(n + 1) + 1; }
    }

    static class Shape { int area(int n) { depth++; return area(n + 1); } }
    static class Square extends Shape { @Override int area(int n) { depth++; return super.area(n + 1) + 1; } }

    static IntUnaryOperator self;

    static int finallyCount;

    static void withFinally(int n) {
        try {
            withFinally(n + 1);
        } finally {
            if (n == 0) finallyCount++;
        }
    }

    static String describe(StackOverflowError e) {
        StackTraceElement[] st = e.getStackTrace();
        return e + " message=" + e.getMessage() + " deep=" + (depth > 500) + " frames=" + st.length
                + " top=" + st[0].getMethodName();
    }

    public static void main(String[] args) {
        System.out.println("before");
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try { sum(0); } catch (StackOverflowError e) { System.out.println("static: " + describe(e)); }
            depth = 0;
            try { new Chain().down(0); } catch (StackOverflowError e) { System.out.println("interface: " + describe(e)); }
            depth = 0;
            try { new Square().area(0); } catch (StackOverflowError e) { System.out.println("virtual: " + describe(e)); }
            depth = 0;
            self = n -> { depth++; return self.applyAsInt(n + 1) + 1; };
            try { self.applyAsInt(0); } catch (StackOverflowError e) {
                System.out.println("lambda: " + e + " deep=" + (depth > 500));
            }
        }
        List<Object> selfList = new ArrayList<>();
        selfList.add(selfList);
        System.out.println(selfList);  // the JDK prints "(this Collection)" for a direct self-reference
        List<Object> outer = new ArrayList<>();
        List<Object> inner = new ArrayList<>();
        outer.add(inner);
        inner.add(outer);
        try {
            System.out.println(outer.toString().length());
        } catch (StackOverflowError e) {
            System.out.println("toString: " + e.getClass().getName());
        }
        try { withFinally(0); } catch (StackOverflowError e) { System.out.println("finally ran " + finallyCount); }
        try {
            sum(0);
        } catch (Throwable t) {
            System.out.println("as Throwable: " + (t instanceof VirtualMachineError) + " " + (t instanceof Error));
        }
        System.out.println("after");
    }
}

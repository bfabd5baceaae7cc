package difftest;

import java.io.Serializable;

public class p068_ArrayInstanceof {
    interface I { }
    static class A implements I { }
    static class B extends A { }

    static String t(Object o) {
        return (o instanceof Object[] ? "O[]" : "-") + (o instanceof A[] ? " A[]" : " -") + (o instanceof B[] ? " B[]" : " -")
                + (o instanceof I[] ? " I[]" : " -") + (o instanceof int[] ? " int[]" : " -") + (o instanceof Object[][] ? " O[][]" : " -")
                + (o instanceof Cloneable ? " Cl" : " -") + (o instanceof Serializable ? " Se" : " -") + (o instanceof Serializable[] ? " Se[]" : " -")
                + (o instanceof Comparable[] ? " Cmp[]" : " -");
    }

    public static void main(String[] args) {
        Object[] tests = {new A[1], new B[1], new I[1], new int[1], new Object[1], new A[1][1], new int[1][1], new String[1],
                new Integer[1], new long[0], new Object[0][0], "notarray"};
        for (Object o : tests) System.out.println(o.getClass().getSimpleName() + ": " + t(o));
        Object o = new B[]{new B()};
        A[] as = (A[]) o;
        I[] is = (I[]) o;
        Object[] os = (Object[]) o;
        System.out.println(as.length + " " + is.length + " " + os.length + " " + (as == is));
    }
}

package difftest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

public class p059_InstanceofCast {
    interface I { }
    interface J extends I { }
    static class A implements J { }
    static class B extends A { }
    static class C implements Cloneable, Serializable { }

    static String test(Object o) {
        return (o instanceof Object ? "O" : "-") + (o instanceof A ? "A" : "-") + (o instanceof B ? "B" : "-") + (o instanceof I ? "I" : "-")
                + (o instanceof J ? "J" : "-") + (o instanceof Cloneable ? "C" : "-") + (o instanceof Serializable ? "S" : "-")
                + (o instanceof Number ? "N" : "-") + (o instanceof Comparable ? "Cmp" : "-") + (o instanceof CharSequence ? "Cs" : "-")
                + (o instanceof List ? "L" : "-") + (o instanceof RandomAccess ? "R" : "-");
    }

    public static void main(String[] args) {
        Object[] os = {new A(), new B(), new C(), "s", 5, 5L, 2.0, new ArrayList<String>(), null, new StringBuilder(), new int[0], 'c', true};
        for (Object o : os) System.out.println(test(o));
        Object o = new B();
        A a = (A) o;
        I i = (I) o;
        J j = (J) a;
        System.out.println((a == i) + " " + (j == o));
        Object n = null;
        String s = (String) n;
        A na = (A) n;
        System.out.println(s + " " + na);
        if (o instanceof B b2 && b2 instanceof J) System.out.println("pattern ok");
        Object str = "pattern";
        if (!(str instanceof String t)) System.out.println("no");
        else System.out.println(t.length());
        Number num = 3.5;
        System.out.println(num instanceof Double d ? "double " + d : "other");
    }
}

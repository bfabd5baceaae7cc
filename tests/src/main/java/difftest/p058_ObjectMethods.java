package difftest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class p058_ObjectMethods {
    static final class Key {
        final String a; final int b;
        Key(String a, int b) { this.a = a; this.b = b; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Key)) return false;
            Key k = (Key) o;
            return b == k.b && a.equals(k.a);
        }
        @Override public int hashCode() { return a.hashCode() * 31 + b; }
        @Override public String toString() { return a + "#" + b; }
    }

    public static void main(String[] args) {
        Map<Key, Integer> m = new HashMap<>();
        for (int i = 0; i < 20; i++) m.put(new Key("k" + (i % 7), i % 3), i);
        System.out.println(m.size() + " " + m);
        System.out.println(m.get(new Key("k3", 0)) + " " + m.containsKey(new Key("k9", 9)));
        Set<Key> s = new HashSet<>(m.keySet());
        System.out.println(s.contains(new Key("k1", 1)) + " " + s.size());
        Object o = new Key("x", 1);
        System.out.println(o.equals(new Key("x", 1)) + " " + o.hashCode() + " " + o);
        Object plain = new Object();
        System.out.println(plain.equals(plain) + " " + plain.equals(new Object()) + " " + (plain.hashCode() == plain.hashCode()));
        System.out.println("str".equals(o) + " " + o.getClass().getName());
    }
}

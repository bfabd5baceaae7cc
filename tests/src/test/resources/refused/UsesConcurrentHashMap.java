package refused;

import java.util.concurrent.ConcurrentHashMap;

/** Must be refused: a JDK API the library does not have. */
public class UsesConcurrentHashMap {
    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        m.put("a", 1);
        System.out.println(m);
    }
}

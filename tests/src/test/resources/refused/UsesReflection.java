package refused;

import java.lang.reflect.Method;

/** Must be refused: reflection (Class.forName, getDeclaredMethods) is not part of the closed world. */
public class UsesReflection {
    public static void main(String[] args) throws Exception {
        Class<?> c = Class.forName("refused.UsesReflection");
        for (Method m : c.getDeclaredMethods()) System.out.println(m.getName());
    }
}

package os2.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports a static method under a fixed C symbol, so hand-written entry code
 * (boot, trap and syscall stubs) can call it. The exported function makes sure
 * the class is initialised before running the method.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    /** The C symbol. */
    String value();
}

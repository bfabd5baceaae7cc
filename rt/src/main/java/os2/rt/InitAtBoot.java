package os2.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose initialisation the kernel runs explicitly at boot, before any
 * interrupt handler can reach it (a call in the boot order, e.g. {@code Interrupts.init}).
 * The compiler's {@link NoAlloc} check counts a class initialisation that a @NoAlloc
 * path may trigger (its static initialiser would run, and allocate, in interrupt
 * context) unless the class carries this annotation: the promise is the boot call's.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InitAtBoot {
    /**
     * Further classes this class's boot code initialises: runtime classes (java.*)
     * that @NoAlloc paths use and that cannot carry this annotation themselves.
     */
    Class<?>[] also() default {};
}

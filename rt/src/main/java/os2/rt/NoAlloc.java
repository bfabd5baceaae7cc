package os2.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that must never allocate on the heap (interrupt context). The
 * compiler checks the method and everything it can call, and fails the build
 * naming the allocating instruction and the call path to it. A class initialisation
 * the path may trigger (a static field or static method of a class with a static
 * initialiser) counts as a call of that initialiser, unless the class is
 * {@link InitAtBoot}. The exceptions the JVM itself throws (a null dereference, an
 * index out of bounds, a division by zero, a failed cast) are not counted: in such a
 * method they are bugs, and an exception escaping an interrupt handler is a panic.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface NoAlloc {
}

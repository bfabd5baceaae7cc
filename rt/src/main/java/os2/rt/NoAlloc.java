package os2.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that must never allocate on the heap (interrupt context). The
 * compiler checks the method and everything it can call, and fails the build
 * naming the allocating instruction and the call path to it. The exceptions the
 * JVM itself throws (a null dereference, an index out of bounds) are not counted:
 * in such a method they are bugs that end in a panic anyway.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface NoAlloc {
}

/*
 * mathlib.c - the java.lang.Math natives that come from libm: sin, cos, tan, exp, log and pow,
 * where HotSpot's own intrinsics (which the JVM uses instead of fdlibm) agree with libm far
 * more often than with fdlibm. Every other function, and all of StrictMath, is Java (fdlibm).
 * Linked only in the linux target (the freestanding kernel has no libm).
 */
#include <math.h>
#include "os2rt.h"

jboolean os2n_java_lang_Math_libm(void) { return 1; }

#define M1(f) jdouble os2n_java_lang_Math_##f##0(jdouble x) { return f(x); }
M1(sin) M1(cos) M1(tan) M1(exp) M1(log)

/* Math.pow differs from C's pow: a NaN exponent always gives NaN, and so does |x| == 1 with an infinite y. */
jdouble os2n_java_lang_Math_pow0(jdouble x, jdouble y) {
    if (isnan(y) || (fabs(x) == 1.0 && isinf(y)))
        return NAN;
    return pow(x, y);
}

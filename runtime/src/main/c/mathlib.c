/*
 * mathlib.c - java.lang.Math natives backed by libm. Linked only in the linux
 * target (the freestanding kernel has no libm; its Math must not reach these).
 */
#include <math.h>
#include "os2rt.h"

/* One-argument Math functions map 1:1 onto libm. */
#define M1(f) jdouble os2n_java_lang_Math_##f(jdouble x) { return f(x); }
M1(sin) M1(cos) M1(tan) M1(asin) M1(acos) M1(atan) M1(exp) M1(log) M1(log10)
M1(cbrt) M1(sinh) M1(cosh) M1(tanh) M1(expm1) M1(log1p)

jdouble os2n_java_lang_Math_atan2(jdouble y, jdouble x) { return atan2(y, x); }
jdouble os2n_java_lang_Math_hypot(jdouble x, jdouble y) { return hypot(x, y); }

/* Math.pow differs from C's pow: a NaN exponent always gives NaN, and so does |x| == 1 with an infinite y. */
jdouble os2n_java_lang_Math_pow(jdouble x, jdouble y) {
    if (isnan(y) || (fabs(x) == 1.0 && isinf(y)))
        return NAN;
    return pow(x, y);
}

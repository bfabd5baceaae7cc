/*
 * plat_test.c - end-to-end check of platform_linux.c: its main() must set the
 * stack base and the heap (OS2_HEAP), pass argc/argv without the program name, and route write/halt/clocks
 * through to libc. Also checks mathlib's Java-specific pow cases. Run by run.sh.
 */
#include <math.h>
#include "os2rt.h"

JObject **const os2_static_roots[] = {NULL};
static JClass primB = {.flags = OS2_CLS_PRIMITIVE, .size = 1};
static JClass arrB = {.flags = OS2_CLS_ARRAY, .componentType = &primB, .size = 1};
void java_lang_VMHelper__throwOOM(void) {}
void java_lang_VMHelper__throwNPE(void) {}
void java_lang_VMHelper__throwCloneNotSupported(JObject *o) { (void)o; }
void java_lang_VMHelper__throwArrayCopy(jint k, JObject *s, JObject *d, jint a, jint b, jint c) { (void)k; (void)s; (void)d; (void)a; (void)b; (void)c; }
void java_lang_VMHelper__throwStackOverflow(void) {}
void java_lang_VMHelper__throwNPEAt(jlong m) { (void)m; }
void java_lang_VMHelper__throwIndex(jint i, jint n) { (void)i; (void)n; }
void java_lang_VMHelper__throwClassCast(JObject *o, JObject *t) { (void)o; (void)t; }
void java_lang_VMHelper__throwDivZero(void) {}
void java_lang_VMHelper__throwArrayStore(JObject *v) { (void)v; }
void java_lang_VMHelper__flushOnSignal(void) {}
void os2n_java_lang_VMHelper_write(jint fd, JObject *b, jint off, jint len);
void os2n_java_lang_VMHelper_halt(jint status);
jlong os2n_java_lang_VMHelper_nanoTime(void);
jlong os2n_java_lang_VMHelper_currentTimeMillis(void);
jdouble os2n_java_lang_Math_pow0(jdouble, jdouble);
jdouble os2n_java_lang_Math_sin0(jdouble);

/* Appends s to the byte array at *pos. */
static void put(JArray *a, jint *pos, const char *s) {
    while (*s) ((char *)OS2_ARRAY_DATA(a))[(*pos)++] = *s++;
}

void os2_java_main(jint argc, jlong argv) {
    JArray *volatile msg = os2_newarray(&arrB, 200);   /* kept alive only by the stack */
    os2_gc_collect();
    for (int i = 0; i < 100000; i++) os2_newarray(&arrB, 100);   /* churn over it */
    jint n = 0;
    Os2GcStats s;
    os2_gc_stats(&s);
    char num[2] = {(char)('0' + argc), 0}, mib[8];
    uint64_t m = (s.heapBytes + (1 << 20) - 1) >> 20;
    int k = 0;
    do mib[k++] = (char)('0' + m % 10); while (m /= 10);
    char rev[8]; for (int i = 0; i < k; i++) rev[i] = mib[k - 1 - i]; rev[k] = 0;
    char **av = (char **)(uintptr_t)argv;
    int good = av[0][0] == 'a' && av[1][0] == 'b' && av[1][1] == ' ' && os2n_java_lang_VMHelper_nanoTime() > 0
        && os2n_java_lang_VMHelper_currentTimeMillis() > 1500000000000LL
        && isnan(os2n_java_lang_Math_pow0(1.0, NAN)) && isnan(os2n_java_lang_Math_pow0(-1.0, INFINITY))
        && os2n_java_lang_Math_pow0(2.0, 10.0) == 1024.0 && os2n_java_lang_Math_pow0(NAN, 0.0) == 1.0
        && os2n_java_lang_Math_sin0(0.0) == 0.0 && fabs(os2n_java_lang_Math_sin0(M_PI / 6) - 0.5) < 1e-15;
    put(msg, &n, "hello from plat_test: "); put(msg, &n, num); put(msg, &n, " args, heap ");
    put(msg, &n, rev); put(msg, &n, good ? " MiB, ok\n" : " MiB, BAD\n");
    os2n_java_lang_VMHelper_write(1, &msg->h, 0, n);
    os2n_java_lang_VMHelper_halt(argc);
}

/*
 * rt.c - allocation, type tests, identity hashes and the natives of the Java
 * library (os2n_<class>_<method>). Freestanding: no libc beyond libc.c.
 */
#include "os2rt.h"

JFrame  *os2_top;
JObject *os2_exc;
uintptr_t os2_stack_limit;
JObject *os2_monitors[OS2_MONITORS];
jint os2_monitor_depth;

/* Object.notify/wait: whether a synchronized block or method holds o (past the capacity: assume so). */
jint os2n_java_lang_VMHelper_holdsLock(JObject *o) {
    if (os2_monitor_depth > OS2_MONITORS)
        return 1;
    for (jint i = 0; i < os2_monitor_depth; i++)
        if (os2_monitors[i] == o)
            return 1;
    return 0;
}

void os2_stack_overflow(void) {
    uintptr_t limit = os2_stack_limit;
    os2_stack_limit = limit > OS2_STACK_RESERVE ? limit - OS2_STACK_RESERVE : 0;
    java_lang_VMHelper__throwStackOverflow();
    os2_stack_limit = limit;
}

/* The lazy frames' throws (os2rt.h): this function's own JFrame stands for the method's. */
#define OS2_LAZY_THROW(call) do { \
        JFrame F; F.up = os2_top; F.m = m; F.line = line; OS2_LINK(F); \
        call; \
        os2_top = F.up; } while (0)

void os2_lazy_throwNPE(const JMethodInfo *m, jint line) {
    OS2_LAZY_THROW(java_lang_VMHelper__throwNPE());
}
void os2_lazy_throwNPEAt(const JMethodInfo *m, jint line, jlong message) {
    OS2_LAZY_THROW(java_lang_VMHelper__throwNPEAt(message));
}
void os2_lazy_throwIndex(const JMethodInfo *m, jint line, jint index, jint length) {
    OS2_LAZY_THROW(java_lang_VMHelper__throwIndex(index, length));
}
void os2_lazy_throwClassCast(const JMethodInfo *m, jint line, JObject *o, JObject *target) {
    OS2_LAZY_THROW(java_lang_VMHelper__throwClassCast(o, target));
}
void os2_lazy_throwDivZero(const JMethodInfo *m, jint line) {
    OS2_LAZY_THROW(java_lang_VMHelper__throwDivZero());
}
void os2_lazy_throwArrayStore(const JMethodInfo *m, jint line, JObject *value) {
    OS2_LAZY_THROW(java_lang_VMHelper__throwArrayStore(value));
}
int os2_lazy_init(const JMethodInfo *m, jint line, void (*init)(void)) {
    OS2_LAZY_THROW(init());
    return os2_exc != 0;
}

/* Java-side entry points (java/lang/VMHelper.java); they leave with os2_exc set. */
void java_lang_VMHelper__throwOOM(void);
void java_lang_VMHelper__throwNPE(void);
void java_lang_VMHelper__throwCloneNotSupported(JObject *o);
void java_lang_VMHelper__throwArrayCopy(jint kind, JObject *src, JObject *dst, jint srcPos, jint dstPos, jint length);

/* Classes the runtime names. Weak: a class the program never reaches is simply absent (NULL). */
extern JClass os2c_java_lang_Cloneable __attribute__((weak));
extern JClass os2c_java_io_Serializable __attribute__((weak));
extern JClass os2c_arr_J __attribute__((weak));
extern JClass os2c_arr_java_lang_String __attribute__((weak));
/* Generated (proposed): every string literal, NULL-terminated. */
extern JObject *const os2_literals[] __attribute__((weak));

int os2_gc_contains(const void *p);   /* gc.c */

#define MAX_OBJECT ((uint64_t)1 << 34)   /* gc.c's block limit, rounded down */

/* A new instance of c (fields zeroed); NULL with the OOM pending when the heap is full. */
/* Bytes of an array of n elements of class ac (element size in ac->size). */
static uint64_t array_bytes(JClass *ac, jint n) {
    return sizeof(JArray) + (uint64_t)(uint32_t)n * (uint64_t)ac->size;
}

/* A new zeroed array; the caller has checked length >= 0. Too large for the heap is OOM. */
JArray *os2_newarray(JClass *ac, jint length) {
    uint64_t bytes = array_bytes(ac, length);
    JArray *a = bytes < MAX_OBJECT ? os2_gc_alloc((size_t)bytes) : NULL;
    if (OS2_UNLIKELY(!a)) {
        java_lang_VMHelper__throwOOM();
        return NULL;
    }
    a->h.cls = ac;
    a->length = length;
    return a;
}

/* Object.clone: a shallow copy of an array or a Cloneable instance, with a fresh header. */
JObject *os2_clone(JObject *o) {
    JClass *c = o->cls;
    uint64_t bytes;
    if (c->flags & OS2_CLS_ARRAY)
        bytes = array_bytes(c, ((JArray *)o)->length);
    else if (&os2c_java_lang_Cloneable && os2_subtype(c, &os2c_java_lang_Cloneable))
        bytes = (uint64_t)c->size;
    else {
        java_lang_VMHelper__throwCloneNotSupported(o);
        return NULL;
    }
    JObject *n = os2_gc_alloc((size_t)bytes);
    if (OS2_UNLIKELY(!n)) {
        java_lang_VMHelper__throwOOM();
        return NULL;
    }
    n->cls = c;
    memcpy((char *)n + sizeof(JObject), (char *)o + sizeof(JObject), (size_t)bytes - sizeof(JObject));
    return n;
}

/* java.lang.Object's class: no superclass, and not an interface, primitive or array. */
static int is_object_class(JClass *t) {
    return !t->superclass && !(t->flags & (OS2_CLS_INTERFACE | OS2_CLS_PRIMITIVE | OS2_CLS_ARRAY));
}

/* Whether a value of class s may be stored where class t is expected (JLS 5.2 for references). */
int os2_subtype(JClass *s, JClass *t) {
    for (;;) {
        if (s == t)
            return 1;
        if ((s->flags | t->flags) & OS2_CLS_PRIMITIVE)
            return 0;
        if (is_object_class(t))
            return 1;
        if (t->flags & OS2_CLS_INTERFACE) {
            if (s->flags & OS2_CLS_ARRAY)
                return t == &os2c_java_lang_Cloneable || t == &os2c_java_io_Serializable;
            JClass *const *ifs = (JClass *const *)(uintptr_t)s->ifaces;
            for (jint i = 0; i < s->nifaces; i++)
                if (ifs[i] == t)
                    return 1;
            return 0;
        }
        if (t->flags & OS2_CLS_ARRAY) {
            if (!(s->flags & OS2_CLS_ARRAY))
                return 0;
            s = s->componentType;   /* primitive components must be identical: loop's first tests */
            t = t->componentType;
            continue;
        }
        if (s->flags & (OS2_CLS_ARRAY | OS2_CLS_INTERFACE))
            return 0;               /* t is a class other than Object */
        JClass *const *disp = (JClass *const *)(uintptr_t)s->display;
        return s->depth >= t->depth && disp[t->depth] == t;
    }
}

/* instanceof / checkcast for a non-null o. */
int os2_instanceof(JObject *o, JClass *c) { return os2_subtype(o->cls, c); }

/* The method table of interface iface in class c (NULL if c does not implement it). */
void *const *os2_itable(JClass *c, JClass *iface) {
    JClass *const *ifs = (JClass *const *)(uintptr_t)c->ifaces;
    for (jint i = 0; i < c->nifaces; i++)
        if (ifs[i] == iface)
            return ((void *const *const *)(uintptr_t)c->itables)[i];
    return NULL;
}

/* Identity hash: random, positive, stored in heap objects' headers; static objects hash their address. */
jint os2_identity_hash(JObject *o) {
    static uint64_t state = 0x9E3779B97F4A7C15ull;
    if (o->hash)
        return o->hash;
    if (!os2_gc_contains(o)) {
        uint64_t x = (uint64_t)(uintptr_t)o * 0x9E3779B97F4A7C15ull;
        return (jint)((x >> 33) | 1);
    }
    jint h;
    do {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        h = (jint)(state >> 33);
    } while (!h);
    return o->hash = h;
}

/* ---- natives: java.lang.Object, Class, System -------------------------- */

JObject *os2n_java_lang_Object_getClass(JObject *this) { return &this->cls->h; }
jint os2n_java_lang_Object_hashCode(JObject *this) { return os2_identity_hash(this); }
JObject *os2n_java_lang_Object_clone(JObject *this) { return os2_clone(this); }

/* Class.isAssignableFrom: NPE for null. */
jint os2n_java_lang_Class_isAssignableFrom(JObject *this, JObject *other) {
    if (!other) {
        java_lang_VMHelper__throwNPE();
        return 0;
    }
    return os2_subtype((JClass *)other, (JClass *)this);
}

/* Class.getEnumConstants: the enum's values(), or null for a non-enum. */
JObject *os2n_java_lang_Class_getEnumConstants(JObject *this) {
    JClass *c = (JClass *)this;
    return c->enumValues ? &((JArray *(*)(void))(uintptr_t)c->enumValues)()->h : NULL;
}

/* System.arraycopy with the JVM's checks in its order: null, types, bounds, then per-element stores. */
void os2n_java_lang_System_arraycopy(JObject *src, jint srcPos, JObject *dst, jint dstPos, jint length) {
    if (!src || !dst) {
        java_lang_VMHelper__throwNPE();
        return;
    }
    JClass *sc = src->cls, *dc = dst->cls;
    if (!(sc->flags & OS2_CLS_ARRAY) || !(dc->flags & OS2_CLS_ARRAY)) {
        java_lang_VMHelper__throwArrayCopy(1, src, dst, srcPos, dstPos, length);
        return;
    }
    JClass *se = sc->componentType, *de = dc->componentType;
    int prim = (se->flags | de->flags) & OS2_CLS_PRIMITIVE;
    if (prim && se != de) {
        java_lang_VMHelper__throwArrayCopy(1, src, dst, srcPos, dstPos, length);
        return;
    }
    JArray *s = (JArray *)src, *d = (JArray *)dst;
    if (length < 0 || srcPos < 0 || dstPos < 0 || (int64_t)srcPos + length > s->length
        || (int64_t)dstPos + length > d->length) {
        java_lang_VMHelper__throwArrayCopy(2, src, dst, srcPos, dstPos, length);
        return;
    }
    size_t es = (size_t)sc->size;
    char *sp = (char *)OS2_ARRAY_DATA(s) + (size_t)srcPos * es, *dp = (char *)OS2_ARRAY_DATA(d) + (size_t)dstPos * es;
    if (prim || src == dst || os2_subtype(se, de)) {
        memmove(dp, sp, (size_t)length * es);
        return;
    }
    /* different reference arrays whose element types do not fit: check each element */
    JObject **from = (JObject **)sp, **to = (JObject **)dp;
    for (jint i = 0; i < length; i++) {
        JObject *v = from[i];
        if (v && !os2_subtype(v->cls, de)) {
            /* kind 3: srcPos/dstPos name the failing element, length what remains */
            java_lang_VMHelper__throwArrayCopy(3, src, dst, srcPos + i, dstPos + i, length - i);
            return;
        }
        to[i] = v;
    }
}

jint os2n_java_lang_System_identityHashCode(JObject *o) { return o ? os2_identity_hash(o) : 0; }

/* ---- natives: bit conversions and sqrt (the rest of Math is mathlib.c) -- */

jlong os2n_java_lang_Double_doubleToRawLongBits(jdouble d) { jlong l; __builtin_memcpy(&l, &d, 8); return l; }
jdouble os2n_java_lang_Double_longBitsToDouble(jlong l) { jdouble d; __builtin_memcpy(&d, &l, 8); return d; }
jint os2n_java_lang_Float_floatToRawIntBits(jfloat f) { jint i; __builtin_memcpy(&i, &f, 4); return i; }
jfloat os2n_java_lang_Float_intBitsToFloat(jint i) { jfloat f; __builtin_memcpy(&f, &i, 4); return f; }

/* sqrtsd directly: __builtin_sqrt may call libm's sqrt for errno on negative input. */
jdouble os2n_java_lang_Math_sqrt(jdouble x) {
    __asm__("sqrtsd %1, %0" : "=x"(x) : "x"(x));
    return x;
}

/* ---- natives: java.lang.VMHelper --------------------------------------- */

jint os2n_java_lang_VMHelper_peek8(jlong addr) { return *(const volatile uint8_t *)(uintptr_t)addr; }
jlong os2n_java_lang_VMHelper_peek64(jlong addr) { return *(const volatile jlong *)(uintptr_t)addr; }

/* The Java frames, innermost first, as a long[] of (JMethodInfo address, line) pairs. */
JObject *os2n_java_lang_VMHelper_backtrace(void) {
    jint n = 0;
    for (JFrame *f = os2_top; f; f = f->up)
        n++;
    if (!&os2c_arr_J)
        return NULL;
    JArray *a = os2_newarray(&os2c_arr_J, 2 * n);
    if (!a)
        return NULL;
    jlong *e = OS2_ARRAY_DATA(a);
    for (JFrame *f = os2_top; f && n-- > 0; f = f->up, e += 2) {
        e[0] = (jlong)(uintptr_t)f->m;
        e[1] = f->line;
    }
    return &a->h;
}

/* Reads into b[off, off+len) from fd: the count, 0 at the end, -1 on error. */
jint os2n_java_lang_VMHelper_read(jint fd, JObject *b, jint off, jint len) {
    if (!b || off < 0 || len <= 0 || (int64_t)off + len > ((JArray *)b)->length)
        return 0;
    return (jint)os2_platform_read(fd, (char *)OS2_ARRAY_DATA((JArray *)b) + off, len);
}

/* Writes b[off, off+len) to fd; the Java side has checked the range. */
void os2n_java_lang_VMHelper_write(jint fd, JObject *b, jint off, jint len) {
    if (!b) {
        java_lang_VMHelper__throwNPE();
        return;
    }
    if (off < 0 || len <= 0 || (int64_t)off + len > ((JArray *)b)->length)
        return;
    os2_platform_write(fd, (char *)OS2_ARRAY_DATA((JArray *)b) + off, len);
}

/* No C library (kernel, OS2 programs): Math's six libm functions are fdlibm's (StrictMath),
 * and these defaults are never called (Math.libm() is false). */
__attribute__((weak)) jboolean os2n_java_lang_Math_libm(void) { return 0; }
#define OS2_NO_LIBM1(f) __attribute__((weak)) jdouble os2n_java_lang_Math_##f##0(jdouble x) { return x; }
OS2_NO_LIBM1(sin) OS2_NO_LIBM1(cos) OS2_NO_LIBM1(tan) OS2_NO_LIBM1(exp) OS2_NO_LIBM1(log)
__attribute__((weak)) jdouble os2n_java_lang_Math_pow0(jdouble x, jdouble y) { (void)y; return x; }
/* The kernel has no console input for its own Java code: the platforms that do override this. */
__attribute__((weak)) jlong os2_platform_read(jint fd, void *buf, jlong len) { (void)fd, (void)buf, (void)len; return -1; }


void os2n_java_lang_VMHelper_halt(jint status) { os2_platform_exit(status); }
jlong os2n_java_lang_VMHelper_nanoTime(void) { return os2_platform_nanotime(); }
jlong os2n_java_lang_VMHelper_currentTimeMillis(void) { return os2_platform_millis(); }
void os2n_java_lang_VMHelper_gc(void) { os2_gc_collect(); }
jint os2n_java_lang_VMHelper_identityHash(JObject *o) { return os2n_java_lang_System_identityHashCode(o); }

/* Fills out[0..4] with Os2GcStats, in field order. */
void os2n_java_lang_VMHelper_gcStats(JObject *out) {
    if (!out) {
        java_lang_VMHelper__throwNPE();
        return;
    }
    if (((JArray *)out)->length >= 5)
        os2_gc_stats((Os2GcStats *)OS2_ARRAY_DATA((JArray *)out));
}

/* Returns the pending exception and clears it. */
JObject *os2n_java_lang_VMHelper_takeException(void) {
    JObject *e = os2_exc;
    os2_exc = NULL;
    return e;
}

/* Every string literal as a String[] (empty when the compiler emits no os2_literals table). */
JObject *os2n_java_lang_VMHelper_literals(void) {
    JObject *const *lit = os2_literals;
    jint n = 0;
    __asm__("" : "+r"(lit));   /* a weak symbol's address may be NULL; hide it from -Waddress */
    while (lit && lit[n])
        n++;
    if (!&os2c_arr_java_lang_String)
        return NULL;
    JArray *a = os2_newarray(&os2c_arr_java_lang_String, n);
    if (!a)
        return NULL;
    for (jint i = 0; i < n; i++)
        ((JObject **)OS2_ARRAY_DATA(a))[i] = lit[i];
    return &a->h;
}

/*
 * os2rt.h - the C layer every generated file includes.
 *
 * This header is the single definition of the object model shared by the
 * compiler (which emits code and data against it) and the hand-written C
 * runtime (gc.c, natives.c, the platform files). The compiler checks at build
 * time that java/lang/Class.java declares exactly the fields of JClass below,
 * in the same order, so Java code can read class metadata as ordinary fields.
 */
#ifndef OS2RT_H
#define OS2RT_H

#include <stdint.h>
#include <stddef.h>

#define OS2_LIKELY(x)   __builtin_expect(!!(x), 1)
#define OS2_UNLIKELY(x) __builtin_expect(!!(x), 0)

typedef int8_t   jbyte;
typedef int16_t  jshort;
typedef uint16_t jchar;
typedef int32_t  jint;
typedef int64_t  jlong;
typedef float    jfloat;
typedef double   jdouble;
typedef int8_t   jboolean;   /* in fields and arrays; locals widen to jint */

/* ---- objects --------------------------------------------------------- */

/* Every object starts with this 16-byte header. */
typedef struct JObject {
    struct JClass *cls;
    uint32_t gc;        /* collector bits (mark, ...): owned by gc.c */
    int32_t  hash;      /* identity hash, 0 until first asked */
} JObject;

/* Arrays: header, length, then the elements at offset 24 (8-byte aligned). */
typedef struct JArray {
    JObject h;
    int32_t length;
    int32_t pad;
} JArray;

#define OS2_ARRAY_DATA(a)  ((void *)((char *)(a) + sizeof(JArray)))

/* JClass.flags */
#define OS2_CLS_INTERFACE  0x0001
#define OS2_CLS_ARRAY      0x0002
#define OS2_CLS_PRIMITIVE  0x0004
#define OS2_CLS_ABSTRACT   0x0008
#define OS2_CLS_ENUM       0x0010
#define OS2_CLS_FINAL      0x0020
#define OS2_CLS_RECORD     0x0040
#define OS2_CLS_THROWABLE  0x0080

/* JClass.initState */
#define OS2_INIT_NONE    0
#define OS2_INIT_RUNNING 1
#define OS2_INIT_DONE    2
#define OS2_INIT_FAILED  3

/*
 * A class. It is also a java.lang.Class object: the fields from `name` to
 * `enumValues` are the instance fields of java/lang/Class.java, in order.
 * The vtable follows inline. Class structs are emitted statically by the
 * compiler and are never in the GC heap; only initState is ever written.
 */
typedef struct JClass {
    JObject h;
    JObject *name;                  /* String name: "java.lang.String", "[I" */
    struct JClass *superclass;      /* NULL for Object, interfaces, primitives */
    struct JClass *componentType;   /* arrays only */
    struct JClass *arrayClass;      /* Class of T[] when reachable, else NULL */
    jint flags;                     /* OS2_CLS_* */
    jint size;                      /* instance size in bytes; arrays: element size */
    jint depth;                     /* superclass chain length (Object = 0) */
    jint nrefs;                     /* number of entries in refs */
    jint nifaces;                   /* number of entries in ifaces/itables */
    jint initState;                 /* OS2_INIT_* */
    jlong refs;                     /* const jint *: offsets of reference fields */
    jlong display;                  /* struct JClass *const *: [0..depth] superclass chain */
    jlong ifaces;                   /* struct JClass *const *: every interface, transitively */
    jlong itables;                  /* void *const *const *: method table per interface */
    jlong clinit;                   /* void (*)(void): static initializer chain, or 0 */
    jlong enumValues;               /* JArray *(*)(void): an enum's values(), or 0 */
    void *vtable[];
} JClass;

/* ---- stack frames for Java stack traces -------------------------------- */

typedef struct JMethodInfo {
    const char *cls;     /* "java.util.ArrayList" */
    const char *name;    /* "add" */
    const char *file;    /* "ArrayList.java" or NULL */
} JMethodInfo;

/* Generated methods push one of these on entry and pop it on exit (a method that calls
 * nothing links it only on its way to a throw helper: docs/RUNTIME-ABI.md). */
typedef struct JFrame {
    struct JFrame *up;
    const JMethodInfo *m;
    jint line;
} JFrame;

extern JFrame  *os2_top;    /* innermost Java frame */
extern JObject *os2_exc;    /* pending exception, NULL when none */

/* ---- the collector (gc.c) ---------------------------------------------- */

typedef struct Os2GcStats {
    uint64_t heapBytes;      /* bytes of all regions given to the heap */
    uint64_t usedBytes;      /* bytes in live or not yet swept objects */
    uint64_t liveBytes;      /* bytes found live by the last collection */
    uint64_t collections;    /* completed collections */
    uint64_t allocated;      /* objects allocated since start */
} Os2GcStats;

/* Gives the heap a region of memory (may be called again to grow it); 0 when not taken (the
 * collector's region table is full, or the region is too small): the memory is still the caller's. */
int os2_heap_add_region(void *base, size_t size);
/* The same for memory known to be all zero (fresh anonymous mmap): never-used parts are not cleared. */
int os2_heap_add_zeroed_region(void *base, size_t size);
/* The highest address of the stack that the collector scans conservatively. */
void os2_gc_set_stack_base(void *base);
/* Zeroed, 16-byte aligned memory; collects when needed; NULL when full. */
void *os2_gc_alloc(size_t size);
void os2_gc_collect(void);
/* The same with no stack scan: only where the stack holds no reference (gc.c). */
void os2_gc_collect_without_stack(void);
void os2_gc_stats(Os2GcStats *out);
int64_t os2_gc_free_bytes(void);
/* Extra roots outside the static-root table (for embedders). */
void os2_gc_add_root(JObject **slot);
/* Live objects and bytes by class (arrays: by class and size), right after a collection (gc.c). */
jint os2_gc_census(JObject **classes, jlong *sizes, jlong *counts, jlong *bytes, jint max);

/* Generated: addresses of every static reference field, NULL-terminated. */
extern JObject **const os2_static_roots[];

/* ---- allocation and type tests (rt.c) --------------------------------- */

JObject *os2_new(JClass *c);                   /* NULL with os2_exc set on OOM */
JArray  *os2_newarray(JClass *arrayClass, jint length);
JObject *os2_clone(JObject *o);
int os2_instanceof(JObject *o, JClass *c);     /* o != NULL */
int os2_subtype(JClass *s, JClass *t);         /* is s assignable to t */
void *const *os2_itable(JClass *c, JClass *iface);
jint os2_identity_hash(JObject *o);

/* ---- the platform (platform_linux.c, platform_os2.c, or the kernel via @Export) */

void os2_platform_write(jint fd, const void *buf, jlong len);
/* Reads up to len bytes (blocking until one is there): the count, 0 at end of input, < 0 on error. */
jlong os2_platform_read(jint fd, void *buf, jlong len);
__attribute__((noreturn)) void os2_platform_exit(jint status);
jlong os2_platform_nanotime(void);
jlong os2_platform_millis(void);

/* ---- freestanding C library subset (libc.c in the freestanding target) */

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);


/* ---- entry points of java.lang.VMHelper that generated code calls ------ */

void java_lang_VMHelper__throwNPE(void);
void java_lang_VMHelper__throwNPEAt(jlong message);
void java_lang_VMHelper__throwIndex(jint index, jint length);
void java_lang_VMHelper__throwClassCast(JObject *o, JObject *target);
void java_lang_VMHelper__throwDivZero(void);
void java_lang_VMHelper__throwNegativeSize(jint n);
void java_lang_VMHelper__throwArrayStore(JObject *value);
void java_lang_VMHelper__throwOOM(void);
void java_lang_VMHelper__throwCloneNotSupported(JObject *o);
void java_lang_VMHelper__initFailed(JObject *cls, JObject *cause);
void java_lang_VMHelper__throwNoClassDef(JObject *cls);
void java_lang_VMHelper__uncaught(JObject *t);
void java_lang_VMHelper__throwStackOverflow(void);
void java_lang_VMHelper__flushOnSignal(void);

/* The throws of a method whose frame is lazy (linked only to throw; docs/RUNTIME-ABI.md): each
 * links a frame for method m at the given line, calls the VMHelper function of the same name
 * (which takes the stack trace from the chain and sets os2_exc) and unlinks it. Out of line and
 * cold, so the method itself keeps no frame and no registers for its failure paths. */
#define OS2_COLD __attribute__((cold, noinline))
OS2_COLD void os2_lazy_throwNPE(const JMethodInfo *m, jint line);
OS2_COLD void os2_lazy_throwNPEAt(const JMethodInfo *m, jint line, jlong message);
OS2_COLD void os2_lazy_throwIndex(const JMethodInfo *m, jint line, jint index, jint length);
OS2_COLD void os2_lazy_throwClassCast(const JMethodInfo *m, jint line, JObject *o, JObject *target);
OS2_COLD void os2_lazy_throwDivZero(const JMethodInfo *m, jint line);
OS2_COLD void os2_lazy_throwArrayStore(const JMethodInfo *m, jint line, JObject *value);
/* The same around a class initialiser (os2_init_<class>): nonzero if it left an exception pending. */
OS2_COLD int os2_lazy_init(const JMethodInfo *m, jint line, void (*init)(void));

/* Generated functions that push a frame first check the stack pointer against this (0: no check) and
 * throw StackOverflowError below it; the embedder sets it (Linux: from RLIMIT_STACK). */
extern uintptr_t os2_stack_limit;
/* Leaves StackOverflowError pending, building it on stack the check had kept in reserve. */
void os2_stack_overflow(void);
#define OS2_STACK_RESERVE ((uintptr_t)256 << 10)
/* Monitors the one thread holds (synchronized blocks and methods), innermost last: Object.notify and wait
 * throw IllegalMonitorStateException for an object not held. Past the capacity only the depth is kept. */
#define OS2_MONITORS 256
extern JObject *os2_monitors[OS2_MONITORS];
extern jint os2_monitor_depth;
#define OS2_MONITOR_ENTER(o) do { jint d_ = os2_monitor_depth++; if (d_ < OS2_MONITORS) os2_monitors[d_] = (JObject *)(o); } while (0)
#define OS2_MONITOR_EXIT() (os2_monitor_depth--)

/* The address of the function's JFrame stands for its stack pointer (cheaper than reading %rsp). */
#define OS2_STACK_LOW(frame) OS2_UNLIKELY((uintptr_t)&(frame) < os2_stack_limit)

JObject *os2_multianewarray(JClass *arrayClass, jint dims, const jint *lengths);

/* ---- checks generated code uses; L is the label of the handler dispatch */

/* A compiler barrier: frame and line stores before it are done before what follows,
 * so a hardware fault in a raw memory access sees the faulting Java frame. */
#define OS2_BARRIER() __asm__ volatile("" ::: "memory")
/* Links frame F as the innermost (kernel target): its fields are stored before the link, so a
 * fault while it is being made (a stack overflow into a guard page) never finds a half-made
 * frame on the chain. Unlike OS2_BARRIER, it orders only F and os2_top: values in registers
 * stay there and other memory is not reloaded. */
#define OS2_LINK(F) do { __asm__ volatile("" : "+m"(os2_top) : "m"(F)); os2_top = &(F); } while (0)
/* In a method touching hardware: the frame, its line and the link are in memory before what
 * follows. A volatile asm stays ordered with the volatile raw accesses of os2.rt, so a fault
 * there sees the faulting Java line, again without a full barrier. */
#define OS2_FENCE(F) __asm__ volatile("" : : "m"(F), "m"(os2_top))

#define OS2_CHK(L) do { if (OS2_UNLIKELY(os2_exc != 0)) goto L; } while (0)
/* A Java method is only ever entered with no exception pending: generated code tests os2_exc after
 * every call that may throw and clears it before a handler runs, and the C that calls Java (class
 * initialisation failures, uncaught, the kernel's traps, the Linux signal handler) clears it first.
 * Stated at a lazy frame's entry, so that gcc can drop the caller's test after an inlined copy. */
#define OS2_NO_PENDING_EXCEPTION() do { if (os2_exc != 0) __builtin_unreachable(); } while (0)
#define OS2_NPE(p, L) do { if (OS2_UNLIKELY((p) == 0)) { java_lang_VMHelper__throwNPE(); goto L; } } while (0)
/* With the JVM's helpful message (JEP 358), a C string the compiler worked out from the bytecode. */
#define OS2_NPE_MSG(p, msg, L) do { if (OS2_UNLIKELY((p) == 0)) { \
            java_lang_VMHelper__throwNPEAt((jlong)(uintptr_t)(msg)); goto L; } } while (0)
#define OS2_IDX(a, i, L) do { \
        if (OS2_UNLIKELY((uint32_t)(i) >= (uint32_t)((JArray *)(a))->length)) { \
            java_lang_VMHelper__throwIndex((i), ((JArray *)(a))->length); goto L; } } while (0)
#define OS2_FLD(o, T, off) (*(T *)((char *)(o) + (off)))
#define OS2_ELEM(a, T, i) (((T *)OS2_ARRAY_DATA(a))[i])
#define OS2_LEN(a) (((JArray *)(a))->length)

static inline int os2_is(JObject *o, JClass *c) {
    return o->cls == c || os2_instanceof(o, c);
}

/* Is class k a subclass of the (non-interface, non-array) class c? The display
 * holds every class's superclass chain, so this is one load and compare. */
static inline int os2_is_subclass(JClass *k, JClass *c) {
    return k == c || (k->depth >= c->depth && ((JClass *const *)(uintptr_t)k->display)[c->depth] == c);
}

/* Does class k implement interface c? Arrays implement only Cloneable and Serializable. */
static inline int os2_implements(JClass *k, JClass *c) {
    JClass *const *ifs = (JClass *const *)(uintptr_t)k->ifaces;
    for (jint i = 0; i < k->nifaces; i++) {
        if (ifs[i] == c) return 1;
    }
    return 0;
}

/* aastore's check: may a k be stored in an array whose component type is c? */
static inline int os2_assignable(JClass *k, JClass *c) {
    if (k == c) return 1;
    if (!(c->flags & (OS2_CLS_INTERFACE | OS2_CLS_ARRAY | OS2_CLS_PRIMITIVE))) {
        return c->superclass == 0 || os2_is_subclass(k, c);   /* no superclass: Object */
    }
    return os2_subtype(k, c);
}

/* ---- Java arithmetic that C leaves undefined (JLS 5.1.3, JVMS dcmp/fcmp) */

static inline jint os2_d2i(jdouble d) {
    if (d != d) return 0;
    if (d >= 2147483647.0) return 2147483647;
    if (d <= -2147483648.0) return (-2147483647 - 1);
    return (jint)d;
}
static inline jlong os2_d2l(jdouble d) {
    if (d != d) return 0;
    if (d >= 9223372036854775807.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (jlong)d;
}
static inline jint os2_f2i(jfloat f) { return os2_d2i((jdouble)f); }
static inline jlong os2_f2l(jfloat f) { return os2_d2l((jdouble)f); }
static inline jint os2_lcmp(jlong a, jlong b) { return (a > b) - (a < b); }
static inline jint os2_dcmpl(jdouble a, jdouble b) { return a > b ? 1 : a == b ? 0 : -1; }
static inline jint os2_dcmpg(jdouble a, jdouble b) { return a < b ? -1 : a == b ? 0 : 1; }
static inline jint os2_fcmpl(jfloat a, jfloat b) { return os2_dcmpl(a, b); }
static inline jint os2_fcmpg(jfloat a, jfloat b) { return os2_dcmpg(a, b); }

/* drem/frem are C's fmod (truncating), computed exactly by the x87 fprem loop. */
static inline jdouble os2_fmod(jdouble a, jdouble b) {
    long double x = a, y = b;
    unsigned short sw;
    do {
        __asm__("fprem; fnstsw %1" : "+t"(x), "=a"(sw) : "u"(y));
    } while (sw & 0x400);
    return (jdouble)x;
}
static inline jfloat os2_fmodf(jfloat a, jfloat b) { return (jfloat)os2_fmod(a, b); }

/* ---- the hardware behind os2.rt intrinsics (kernel code only) --------- */

extern uint32_t os2_boot_magic;
extern uint64_t os2_boot_info;
extern int os2_rdrand_ok;

static inline jint os2_in8(jint port) {
    uint8_t v; __asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"((uint16_t)port)); return v;
}
static inline jint os2_in16(jint port) {
    uint16_t v; __asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"((uint16_t)port)); return v;
}
static inline jint os2_in32(jint port) {
    uint32_t v; __asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"((uint16_t)port)); return (jint)v;
}
static inline void os2_out8(jint port, jint v) {
    __asm__ volatile("outb %b0, %w1" :: "a"((uint8_t)v), "Nd"((uint16_t)port));
}
static inline void os2_out16(jint port, jint v) {
    __asm__ volatile("outw %w0, %w1" :: "a"((uint16_t)v), "Nd"((uint16_t)port));
}
static inline void os2_out32(jint port, jint v) {
    __asm__ volatile("outl %0, %w1" :: "a"((uint32_t)v), "Nd"((uint16_t)port));
}
static inline jlong os2_rflags(void) {
    uint64_t f; __asm__ volatile("pushfq; popq %0" : "=r"(f)); return (jlong)f;
}
static inline jlong os2_rdrand(void) {
    uint64_t v; unsigned char ok;
    __asm__ volatile("rdrand %0; setc %1" : "=r"(v), "=qm"(ok));
    os2_rdrand_ok = ok;
    return (jlong)v;
}
static inline void os2_cpuid(jint leaf, jint sub, JObject *out) {
    uint32_t a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(sub));
    jint *o = (jint *)OS2_ARRAY_DATA(out);
    o[0] = (jint)a; o[1] = (jint)b; o[2] = (jint)c; o[3] = (jint)d;
}
static inline jlong os2_rdmsr(jint msr) {
    uint32_t lo, hi; __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return (jlong)(((uint64_t)hi << 32) | lo);
}
static inline void os2_wrmsr(jint msr, jlong v) {
    __asm__ volatile("wrmsr" :: "c"(msr), "a"((uint32_t)v), "d"((uint32_t)((uint64_t)v >> 32)));
}
#define OS2_CR(n) \
    static inline jlong os2_read_cr##n(void) { uint64_t v; __asm__ volatile("mov %%cr" #n ", %0" : "=r"(v)); return (jlong)v; }
OS2_CR(0) OS2_CR(2) OS2_CR(3) OS2_CR(4)
static inline void os2_write_cr0(jlong v) { __asm__ volatile("mov %0, %%cr0" :: "r"(v) : "memory"); }
static inline void os2_write_cr3(jlong v) { __asm__ volatile("mov %0, %%cr3" :: "r"(v) : "memory"); }
static inline void os2_write_cr4(jlong v) { __asm__ volatile("mov %0, %%cr4" :: "r"(v) : "memory"); }
void os2_reload_segments(jint code, jint data);   /* in the kernel's boot/trap assembly */
static inline jlong os2_syscall6(jlong nr, jlong a1, jlong a2, jlong a3, jlong a4, jlong a5) {
    register jlong r10 __asm__("r10") = a4;
    register jlong r8 __asm__("r8") = a5;
    jlong ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
                     : "rcx", "r11", "memory");
    return ret;
}


#endif
